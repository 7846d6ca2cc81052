package io.tork.adapters.out.password;

import at.favre.lib.crypto.bcrypt.BCrypt;
import io.tork.application.port.out.PasswordHasher;
import java.nio.charset.StandardCharsets;

/**
 * bcrypt in the {@code $2a$} format the Go engine writes, so users carried over from it keep their passwords;
 * {@code $2b$} and {@code $2y$} hashes made by other tools are accepted too.
 */
public final class BcryptPasswordHasher implements PasswordHasher {
    /** The Go engine's default cost: about 50–100 ms per hash on a server core. */
    public static final int DEFAULT_COST = 10;
    private final int cost;

    public BcryptPasswordHasher() {
        this(DEFAULT_COST);
    }

    /** @param cost the log2 of the work factor, between 4 and 31 */
    public BcryptPasswordHasher(int cost) {
        if (cost < BCrypt.MIN_COST || cost > BCrypt.MAX_COST) {
            throw new IllegalArgumentException("bcrypt cost must be between " + BCrypt.MIN_COST + " and "
                    + BCrypt.MAX_COST + ": " + cost);
        }
        this.cost = cost;
    }

    /** @throws IllegalArgumentException for a password longer than bcrypt reads (72 bytes), instead of cutting it */
    @Override
    public String hash(String password) {
        return BCrypt.with(BCrypt.Version.VERSION_2A).hashToString(cost, password.toCharArray());
    }

    @Override
    public boolean matches(String password, String hash) {
        if (password == null || hash == null) return false;
        byte[] candidate = password.getBytes(StandardCharsets.UTF_8);
        byte[] stored = hash.getBytes(StandardCharsets.UTF_8);
        try {
            return BCrypt.verifyer().verify(candidate, stored).verified;
        } catch (IllegalArgumentException e) {
            // a password longer than any bcrypt hash can hold, or a hash bcrypt cannot read: not a match
            return false;
        }
    }
}
