package io.tork.app.config;

import java.util.Objects;

/**
 * {@code broker.*}.
 *
 * @param type    {@code broker.type} (default {@code inmemory})
 * @param artemis {@code broker.artemis.*}, used when the type is {@code artemis} and by {@code tork run broker}
 */
public record BrokerConfig(BrokerType type, ArtemisBrokerConfig artemis) {
    public BrokerConfig {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(artemis, "artemis");
    }
}
