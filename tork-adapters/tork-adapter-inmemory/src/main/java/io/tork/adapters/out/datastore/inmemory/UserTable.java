package io.tork.adapters.out.datastore.inmemory;

import io.tork.domain.user.User;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** Users by username. Not thread-safe: used only under the {@link UnitOfWork}'s lock. */
final class UserTable {
    private final UnitOfWork unit;
    private final TreeMap<String, User> byUsername = new TreeMap<>();

    UserTable(UnitOfWork unit) {
        this.unit = unit;
    }

    boolean insert(User user) {
        if (byUsername.containsKey(user.username())) return false;
        byUsername.put(user.username(), user);
        unit.onRollback(() -> byUsername.remove(user.username()));
        return true;
    }

    Optional<User> find(String username) {
        return Optional.ofNullable(byUsername.get(username));
    }

    List<User> all() {
        return List.copyOf(byUsername.values());
    }

    void replace(User previous, User updated) {
        byUsername.put(updated.username(), updated);
        unit.onRollback(() -> byUsername.put(previous.username(), previous));
    }
}
