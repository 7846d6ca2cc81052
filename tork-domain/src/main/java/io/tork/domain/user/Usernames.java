package io.tork.domain.user;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** What makes a username and a password acceptable. */
public final class Usernames {
    public static final int MAX_USERNAME_LENGTH = 64;
    public static final int MIN_PASSWORD_LENGTH = 8;
    /** bcrypt reads 72 bytes of a password; a longer one would be silently cut. */
    public static final int MAX_PASSWORD_BYTES = 72;

    private Usernames() {
    }

    /** @return what is wrong with the (already trimmed) username, or empty when it is fine */
    public static Optional<String> problemWithUsername(String username) {
        if (username == null || username.isEmpty()) return Optional.of("is required");
        if (username.length() > MAX_USERNAME_LENGTH) {
            return Optional.of("must be at most " + MAX_USERNAME_LENGTH + " characters");
        }
        // a colon would end the name inside a basic-auth credential; blanks and controls make names ambiguous
        boolean plain = username.codePoints().allMatch(c -> c > 0x20 && c != 0x7f && c != ':');
        return plain ? Optional.empty() : Optional.of("must not contain spaces, control characters or ':'");
    }

    /** @return what is wrong with the password, or empty when it is fine */
    public static Optional<String> problemWithPassword(String password) {
        if (password == null || password.isEmpty()) return Optional.of("is required");
        if (password.codePointCount(0, password.length()) < MIN_PASSWORD_LENGTH) {
            return Optional.of("must be at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            return Optional.of("must be at most " + MAX_PASSWORD_BYTES + " bytes in UTF-8");
        }
        return Optional.empty();
    }
}
