package io.tork.application.port.in;

import io.tork.domain.user.User;
import java.util.List;

/** Creating, listing and revoking the users of basic authentication. */
public interface ManageUsersUseCase {
    /**
     * @throws InvalidRequestException naming {@code username}/{@code password} when they are missing or unusable,
     *                                 or {@code user already exists}
     */
    User create(CreateUserCommand command);

    /** Every user, revoked ones included, by username. */
    List<User> users();

    /**
     * Disables the user: its credentials stop working at once, its name stays taken.
     *
     * @throws io.tork.application.port.out.NotFoundException ({@code user not found})
     */
    User revoke(String username);

    /**
     * Makes sure an administrator with this name and password exists and is enabled (the operator's bootstrap
     * account from the configuration): creates it, or updates the stored one to match.
     *
     * @throws InvalidRequestException when the name or password is unusable
     */
    User ensureAdmin(String username, String password);
}
