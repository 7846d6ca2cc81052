package io.tork.app.config;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code broker.artemis.*}.
 *
 * @param url      {@code broker.artemis.url}: where the broker is (default {@code tcp://localhost:61616}); an
 *                 embedded broker listens there ({@code tcp://0.0.0.0:61616} accepts remote workers)
 * @param embedded {@code broker.artemis.embedded}: run the broker inside this process (default false)
 * @param dataDir  {@code broker.artemis.data-dir}: the embedded broker's journal (default {@code ./data/artemis})
 * @param username {@code broker.artemis.username}
 * @param password {@code broker.artemis.password}
 */
public record ArtemisBrokerConfig(String url, boolean embedded, Path dataDir, Optional<String> username,
                                  Optional<String> password) {
    public ArtemisBrokerConfig {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
    }

    /** The password stays out of logs and error messages. */
    @Override
    public String toString() {
        return "ArtemisBrokerConfig[url=" + url + ", embedded=" + embedded + ", dataDir=" + dataDir + ", username="
                + username.orElse("") + "]";
    }
}
