package io.tork.adapters.in.web;

import java.util.Objects;

/**
 * Where the REST API listens and how much it accepts.
 *
 * @param port           0 binds an ephemeral port ({@link WebServer#start()} returns the one chosen)
 * @param bodyLimitBytes larger request bodies are refused with 413
 * @param version        reported by {@code GET /health} when the application does not name one
 */
public record WebConfig(String host, int port, long bodyLimitBytes, String version) {
    public static final long DEFAULT_BODY_LIMIT = 500 * 1024;

    public WebConfig {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
        }
        if (bodyLimitBytes <= 0) {
            throw new IllegalArgumentException("bodyLimitBytes must be positive: " + bodyLimitBytes);
        }
        version = version == null ? "" : version;
    }

    public WebConfig(String host, int port, String version) {
        this(host, port, DEFAULT_BODY_LIMIT, version);
    }
}
