package io.tork.adapters.in.web.middleware;

import java.util.List;
import java.util.Objects;

/**
 * Cross-origin requests from browsers ({@code middleware.web.cors.*}). {@code *} in a list allows anything.
 *
 * @param credentials whether browsers may send cookies and credentials along
 */
public record CorsSettings(boolean enabled, List<String> origins, List<String> methods, List<String> headers,
                           boolean credentials) {
    public static final CorsSettings OFF = new CorsSettings(false, List.of("*"), List.of("*"), List.of("*"), false);

    public CorsSettings {
        origins = List.copyOf(Objects.requireNonNull(origins, "origins"));
        methods = List.copyOf(Objects.requireNonNull(methods, "methods"));
        headers = List.copyOf(Objects.requireNonNull(headers, "headers"));
    }
}
