package io.tork.adapters.in.web.middleware;

import java.util.List;
import java.util.Objects;
import org.slf4j.event.Level;

/**
 * The request log ({@code middleware.web.logger.*}): one line per request at {@code level} (failures of the
 * server at ERROR), except for requests whose {@code METHOD /path} matches a {@code skip} pattern ({@code *}
 * matches any run of characters).
 */
public record RequestLogSettings(boolean enabled, Level level, List<String> skip) {
    public static final RequestLogSettings DEFAULT = new RequestLogSettings(true, Level.DEBUG, List.of("GET /health"));

    public RequestLogSettings {
        Objects.requireNonNull(level, "level");
        skip = List.copyOf(Objects.requireNonNull(skip, "skip"));
    }
}
