package io.tork.adapters.in.web.view;

import io.tork.domain.user.User;
import java.time.Instant;

/** A user as the API shows it: never its password or hash; {@code admin}/{@code disabled} only when true. */
public record UserView(String id, String name, String username, Instant createdAt, boolean admin, boolean disabled) {
    public static UserView of(User user) {
        return new UserView(user.id(), user.name(), user.username(), user.createdAt(), user.admin(), user.disabled());
    }
}
