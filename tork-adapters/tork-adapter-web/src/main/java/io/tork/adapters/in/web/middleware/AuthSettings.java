package io.tork.adapters.in.web.middleware;

import java.util.Optional;

/**
 * Who may use the API ({@code middleware.web.basicauth.enabled}, {@code middleware.web.keyauth.*}). With both on,
 * either credential is accepted. {@code GET /health} needs none, so that load balancers can probe it.
 *
 * @param basic  users of the datastore, with their password ({@code Authorization: Basic …})
 * @param apiKey the one key that opens the API ({@code Authorization: Bearer <key>}); empty when key auth is off
 */
public record AuthSettings(boolean basic, Optional<String> apiKey) {
    public static final AuthSettings OFF = new AuthSettings(false, Optional.empty());

    public AuthSettings {
        apiKey = apiKey.filter(key -> !key.isBlank());
    }

    public boolean enabled() {
        return basic || apiKey.isPresent();
    }

    /** Never prints the key. */
    @Override
    public String toString() {
        return "AuthSettings[basic=" + basic + ", key=" + (apiKey.isPresent() ? "set" : "none") + "]";
    }
}
