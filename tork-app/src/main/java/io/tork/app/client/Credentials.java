package io.tork.app.client;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** What the client sends in {@code Authorization}, if anything. */
public sealed interface Credentials {
    Optional<String> header();

    record None() implements Credentials {
        @Override
        public Optional<String> header() {
            return Optional.empty();
        }
    }

    record ApiKey(String key) implements Credentials {
        @Override
        public Optional<String> header() {
            return Optional.of("Bearer " + key);
        }

        @Override
        public String toString() {
            return "ApiKey[hidden]";
        }
    }

    record Password(String username, String password) implements Credentials {
        @Override
        public Optional<String> header() {
            String pair = username + ":" + password;
            return Optional.of("Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        }

        @Override
        public String toString() {
            return "Password[" + username + "]";
        }
    }

    /** The key when one is given, else the user and password when both are, else nothing. */
    static Credentials of(Optional<String> key, Optional<String> username, Optional<String> password) {
        if (key.isPresent()) return new ApiKey(key.get());
        if (username.isPresent() && password.isPresent()) return new Password(username.get(), password.get());
        return new None();
    }
}
