package io.tork.app.config;

import java.util.Optional;

/**
 * Who may use the API.
 *
 * @param basic         {@code middleware.web.basicauth.enabled}: users of the datastore with their password
 * @param adminUsername {@code middleware.web.basicauth.admin.username}: an administrator created (or brought in line
 *                      with {@code adminPassword}) at start-up, to create the other users with
 * @param adminPassword {@code middleware.web.basicauth.admin.password}
 * @param key           {@code middleware.web.keyauth.key} when {@code middleware.web.keyauth.enabled}: the API key
 */
public record AuthConfig(boolean basic, Optional<String> adminUsername, Optional<String> adminPassword,
                         Optional<String> key) {
    /** The shortest API key accepted: a guessable key protects nothing. */
    public static final int MIN_KEY_LENGTH = 16;

    public boolean enabled() {
        return basic || key.isPresent();
    }

    /** Never prints the password or the key. */
    @Override
    public String toString() {
        return "AuthConfig[basic=" + basic + ", admin=" + adminUsername.orElse("none") + ", key="
                + (key.isPresent() ? "set" : "none") + "]";
    }
}
