package io.tork.app.config;

import java.util.List;

/**
 * {@code middleware.web.logger.*}: one line per request at {@code level} (default {@code debug}), except requests
 * matching a {@code skip} pattern such as {@code GET /health} (the default; {@code *} is a wildcard).
 */
public record RequestLogConfig(boolean enabled, LogLevel level, List<String> skip) {
    public RequestLogConfig {
        skip = List.copyOf(skip);
    }
}
