package io.tork.adapters.in.web.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * The reference's {@code {"status", "version"}}, plus the state of each backend this process depends on, so that
 * a DOWN says which one is away.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record HealthView(String status, String version,
                         @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> checks) {
}
