package io.tork.adapters.in.web;

import io.tork.application.port.in.AuthenticateUseCase;
import io.tork.application.port.in.ManageUsersUseCase;
import java.util.Objects;

/** The application's ports behind {@code /users} and basic authentication. */
public record UserServices(ManageUsersUseCase manage, AuthenticateUseCase authenticate) {
    public UserServices {
        Objects.requireNonNull(manage, "manage");
        Objects.requireNonNull(authenticate, "authenticate");
    }
}
