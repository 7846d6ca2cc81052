package io.tork.application.port.out;

/**
 * One-way hashing of passwords. Hashes are salted, so hashing one password twice gives two different hashes that
 * both match it.
 */
public interface PasswordHasher {
    String hash(String password);

    /** Whether {@code password} is the one {@code hash} was made from; false for a hash in an unknown format. */
    boolean matches(String password, String hash);
}
