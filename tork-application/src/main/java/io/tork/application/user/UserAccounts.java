package io.tork.application.user;

import io.tork.application.port.in.AuthenticateUseCase;
import io.tork.application.port.in.CreateUserCommand;
import io.tork.application.port.in.InvalidRequestException;
import io.tork.application.port.in.ManageUsersUseCase;
import io.tork.application.port.out.IdGenerator;
import io.tork.application.port.out.PasswordHasher;
import io.tork.application.port.out.UserStore;
import io.tork.domain.user.User;
import io.tork.domain.user.Usernames;
import io.tork.domain.validation.Violation;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The users of basic authentication: created with a hashed password, checked, revoked. */
public final class UserAccounts implements ManageUsersUseCase, AuthenticateUseCase {
    private static final Logger log = LoggerFactory.getLogger(UserAccounts.class);
    private final UserStore users;
    private final PasswordHasher hasher;
    private final IdGenerator ids;
    private final Clock clock;
    /** Checked against when the user is unknown, so that a wrong name costs as long as a wrong password. */
    private volatile String decoyHash;

    public UserAccounts(UserStore users, PasswordHasher hasher, IdGenerator ids, Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public User create(CreateUserCommand command) {
        String username = trimmed(command.username());
        String password = trimmed(command.password());
        requireUsable(username, password);
        User user = new User(ids.newId(), username, command.name() == null ? "" : command.name().strip(),
                hasher.hash(password), command.admin(), false, clock.instant());
        if (!users.create(user)) {
            throw new InvalidRequestException("user already exists");
        }
        log.info("user {} created{}", username, command.admin() ? " (admin)" : "");
        return user;
    }

    @Override
    public List<User> users() {
        return users.all();
    }

    @Override
    public User revoke(String username) {
        User revoked = users.update(username, User::disable);
        log.info("user {} revoked", username);
        return revoked;
    }

    @Override
    public User ensureAdmin(String username, String password) {
        String name = trimmed(username);
        String secret = trimmed(password);
        requireUsable(name, secret);
        Optional<User> existing = users.findByUsername(name);
        if (existing.isEmpty()) {
            User admin = new User(ids.newId(), name, name, hasher.hash(secret), true, false, clock.instant());
            if (users.create(admin)) {
                log.info("administrator {} created from the configuration", name);
                return admin;
            }
            // another coordinator created it a moment ago: bring that one in line below
        }
        return users.update(name, stored -> {
            boolean current = stored.admin() && stored.isActive() && hasher.matches(secret, stored.passwordHash());
            return current ? stored : new User(stored.id(), stored.username(), stored.name(), hasher.hash(secret),
                    true, false, stored.createdAt());
        });
    }

    @Override
    public Optional<User> authenticate(String username, String password) {
        if (username == null || password == null) return Optional.empty();
        Optional<User> user = users.findByUsername(username);
        if (user.isEmpty()) {
            hasher.matches(password, decoy());
            return Optional.empty();
        }
        boolean matches = hasher.matches(password, user.get().passwordHash());
        return matches && user.get().isActive() ? user : Optional.empty();
    }

    private String decoy() {
        String hash = decoyHash;
        if (hash == null) {
            hash = hasher.hash(ids.newId());
            decoyHash = hash;
        }
        return hash;
    }

    private static void requireUsable(String username, String password) {
        List<Violation> violations = new ArrayList<>();
        Usernames.problemWithUsername(username).ifPresent(p -> violations.add(new Violation("username", p)));
        Usernames.problemWithPassword(password).ifPresent(p -> violations.add(new Violation("password", p)));
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(String.join("; ", violations.stream().map(Violation::toString).toList()),
                    violations);
        }
    }

    private static String trimmed(String text) {
        return text == null ? null : text.strip();
    }
}
