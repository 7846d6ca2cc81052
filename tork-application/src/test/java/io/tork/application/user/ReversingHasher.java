package io.tork.application.user;

import io.tork.application.port.out.PasswordHasher;
import java.util.concurrent.atomic.AtomicInteger;

/** A transparent stand-in for bcrypt that counts its checks: the "hash" is the reversed password plus a salt. */
final class ReversingHasher implements PasswordHasher {
    private final AtomicInteger salts = new AtomicInteger();
    final AtomicInteger checks = new AtomicInteger();

    @Override
    public String hash(String password) {
        return "rev$" + salts.incrementAndGet() + "$" + new StringBuilder(password).reverse();
    }

    @Override
    public boolean matches(String password, String hash) {
        checks.incrementAndGet();
        int end = hash.indexOf('$', 4);
        return hash.startsWith("rev$") && end > 0
                && hash.substring(end + 1).equals(new StringBuilder(password).reverse().toString());
    }
}
