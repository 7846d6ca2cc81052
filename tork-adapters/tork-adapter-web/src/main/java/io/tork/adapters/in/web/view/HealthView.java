package io.tork.adapters.in.web.view;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.ALWAYS)
public record HealthView(String status, String version) {
}
