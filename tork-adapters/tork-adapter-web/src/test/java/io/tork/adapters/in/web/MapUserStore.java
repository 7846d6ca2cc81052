package io.tork.adapters.in.web;

import io.tork.application.port.out.NotFoundException;
import io.tork.application.port.out.PasswordHasher;
import io.tork.application.port.out.UserStore;
import io.tork.domain.user.User;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.UnaryOperator;

/** Users in a sorted map, and a fast unsalted SHA-256 "hasher": enough for the web adapter's tests. */
final class MapUserStore implements UserStore {
    private final ConcurrentSkipListMap<String, User> byName = new ConcurrentSkipListMap<>();

    @Override
    public boolean create(User user) {
        return byName.putIfAbsent(user.username(), user) == null;
    }

    @Override
    public Optional<User> findByUsername(String username) {
        return Optional.ofNullable(byName.get(username));
    }

    @Override
    public List<User> all() {
        return List.copyOf(byName.values());
    }

    @Override
    public User update(String username, UnaryOperator<User> change) {
        User updated = byName.computeIfPresent(username, (name, user) -> change.apply(user));
        if (updated == null) throw new NotFoundException("user not found");
        return updated;
    }

    static final class Sha256Hasher implements PasswordHasher {
        @Override
        public String hash(String password) {
            try {
                return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(password.getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public boolean matches(String password, String hash) {
            return hash(password).equals(hash);
        }
    }
}
