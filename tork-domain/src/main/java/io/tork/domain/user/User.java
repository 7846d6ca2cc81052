package io.tork.domain.user;

import java.time.Instant;
import java.util.Objects;

/**
 * Someone allowed to use the API with basic authentication. The password is kept only as a one-way hash.
 *
 * @param passwordHash the hash of the password, in the format of the hasher that made it (never the password)
 * @param admin        an administrator may manage users
 * @param disabled     a revoked user: its credentials are refused, its name stays taken
 */
public record User(String id, String username, String name, String passwordHash, boolean admin, boolean disabled,
                   Instant createdAt) {
    public User {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(createdAt, "createdAt");
        name = name == null ? "" : name;
    }

    public User disable() {
        return new User(id, username, name, passwordHash, admin, true, createdAt);
    }

    public boolean isActive() {
        return !disabled;
    }

    /** Never prints the hash, so a user in a log line or an exception message leaks nothing. */
    @Override
    public String toString() {
        return "User[" + username + (admin ? ", admin" : "") + (disabled ? ", disabled" : "") + "]";
    }
}
