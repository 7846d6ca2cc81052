package io.tork.application.port.in;

import io.tork.domain.user.User;
import java.util.Optional;

/** Checks basic-auth credentials. */
public interface AuthenticateUseCase {
    /**
     * @return the user when the username names an enabled user whose password is {@code password}; empty for an
     *         unknown, disabled or wrongly authenticated user, with no way to tell these apart from outside
     */
    Optional<User> authenticate(String username, String password);
}
