package io.tork.application.user;

import io.tork.application.port.out.NotFoundException;
import io.tork.application.port.out.UserStore;
import io.tork.domain.user.User;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.UnaryOperator;

/** Users in a sorted map. */
final class FakeUserStore implements UserStore {
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
}
