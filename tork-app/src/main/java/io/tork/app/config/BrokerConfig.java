package io.tork.app.config;

import java.util.Objects;

/** {@code broker.type} (default {@code inmemory}). */
public record BrokerConfig(BrokerType type) {
    public BrokerConfig {
        Objects.requireNonNull(type, "type");
    }
}
