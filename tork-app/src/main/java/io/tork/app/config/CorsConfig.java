package io.tork.app.config;

import java.util.List;

/**
 * {@code middleware.web.cors.*}: whether browsers on other origins may call the API, and with what. {@code *} in a
 * list allows anything.
 */
public record CorsConfig(boolean enabled, List<String> origins, List<String> methods, List<String> headers,
                         boolean credentials) {
    public CorsConfig {
        origins = List.copyOf(origins);
        methods = List.copyOf(methods);
        headers = List.copyOf(headers);
    }
}
