package io.tork.adapters.out.datastore.inmemory;

import io.tork.application.port.out.NotFoundException;
import io.tork.application.port.out.UserStore;
import io.tork.domain.user.User;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** {@link UserStore} over the shared {@link UserTable}. */
final class InMemoryUserStore implements UserStore {
    private final UnitOfWork unit;
    private final UserTable users;

    InMemoryUserStore(UnitOfWork unit, UserTable users) {
        this.unit = unit;
        this.users = users;
    }

    @Override
    public boolean create(User user) {
        Objects.requireNonNull(user, "user");
        return unit.write(() -> users.insert(user));
    }

    @Override
    public Optional<User> findByUsername(String username) {
        return unit.read(() -> users.find(username));
    }

    @Override
    public List<User> all() {
        return unit.read(users::all);
    }

    @Override
    public User update(String username, UnaryOperator<User> change) {
        return unit.write(() -> {
            User previous = users.find(username).orElseThrow(() -> new NotFoundException("user not found"));
            User updated = change.apply(previous);
            if (!updated.id().equals(previous.id()) || !updated.username().equals(previous.username())) {
                throw new IllegalArgumentException("an update must keep the user's id and username");
            }
            users.replace(previous, updated);
            return updated;
        });
    }
}
