package io.tork.app.config;

import java.util.Optional;

/**
 * {@code client.*}: the credentials client commands ({@code tork submit}, {@code tork jobs}, …) send to an API that
 * requires them: {@code client.key} (sent as {@code Bearer}) or {@code client.username}/{@code client.password}.
 */
public record ClientConfig(Optional<String> username, Optional<String> password, Optional<String> key) {
    public static final ClientConfig NONE = new ClientConfig(Optional.empty(), Optional.empty(), Optional.empty());

    /** Never prints the password or the key. */
    @Override
    public String toString() {
        return "ClientConfig[username=" + username.orElse("none") + ", key=" + (key.isPresent() ? "set" : "none")
                + "]";
    }
}
