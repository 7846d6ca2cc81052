package io.tork.app.config;

import java.util.Objects;

/**
 * {@code coordinator.address} (where the REST API listens, default {@code localhost:8000}) and
 * {@code coordinator.name} (default {@code Coordinator}).
 */
public record CoordinatorConfig(ListenAddress address, String name) {
    public CoordinatorConfig {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(name, "name");
    }
}
