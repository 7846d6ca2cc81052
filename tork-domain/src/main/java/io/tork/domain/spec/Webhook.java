package io.tork.domain.spec;

import java.util.Map;

/** A URL called on job or task events. {@code condition} is the job file's {@code if}. */
public record Webhook(String url, Map<String, String> headers, String event, String condition) {
    public Webhook {
        headers = io.tork.domain.common.Collections2.mapOrNull(headers);
    }
}
