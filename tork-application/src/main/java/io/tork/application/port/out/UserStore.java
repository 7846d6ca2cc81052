package io.tork.application.port.out;

import io.tork.domain.user.User;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Where the API's users are kept. Usernames are unique and compared exactly (case matters). */
public interface UserStore {
    /**
     * Stores a new user unless its username is taken (also by a disabled user), atomically with respect to other
     * creations.
     *
     * @return whether the user was stored
     */
    boolean create(User user);

    Optional<User> findByUsername(String username);

    /** Every user, disabled ones included, by username. */
    List<User> all();

    /**
     * Reads the user, applies {@code change} and stores the result, atomically with respect to other updates of
     * the same user. The change must keep the id and the username.
     *
     * @return the stored user
     * @throws NotFoundException ({@code user not found}) when there is no such user
     */
    User update(String username, UnaryOperator<User> change);
}
