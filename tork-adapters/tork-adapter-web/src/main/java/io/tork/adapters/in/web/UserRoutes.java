package io.tork.adapters.in.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.tork.adapters.in.web.error.ApiException;
import io.tork.adapters.in.web.middleware.Caller;
import io.tork.adapters.in.web.view.StatusView;
import io.tork.adapters.in.web.view.UserView;
import io.tork.application.port.in.CreateUserCommand;
import io.tork.application.port.in.ManageUsersUseCase;
import io.tork.application.port.out.NotFoundException;

/**
 * {@code /users}: create, list and revoke the users of basic authentication. Only administrators may: the holder
 * of the API key, or a user created as one. With authentication off anyone may, as in the reference.
 */
final class UserRoutes {
    private final ManageUsersUseCase users;
    private final RequestBodies bodies;
    private final JsonResponses json;

    UserRoutes(ManageUsersUseCase users, RequestBodies bodies, JsonResponses json) {
        this.users = users;
        this.bodies = bodies;
        this.json = json;
    }

    /** The body of {@code POST /users}. */
    record NewUser(String username, String password, String name, Boolean admin) {
        /** Never prints the password. */
        @Override
        public String toString() {
            return "NewUser[" + username + "]";
        }
    }

    void register(RoutesConfig routes) {
        routes.post("/users", ctx -> {
            requireAdministrator(ctx);
            NewUser body = bodies.read(ctx, NewUser.class);
            var user = users.create(new CreateUserCommand(body.username(), body.password(), body.name(),
                    Boolean.TRUE.equals(body.admin())));
            json.send(ctx, 200, UserView.of(user));
        });
        routes.get("/users", ctx -> {
            requireAdministrator(ctx);
            json.send(ctx, 200, users.users().stream().map(UserView::of).toList());
        });
        routes.delete("/users/{username}", ctx -> {
            requireAdministrator(ctx);
            try {
                users.revoke(ctx.pathParam("username"));
            } catch (NotFoundException e) {
                throw ApiException.notFound("user not found");
            }
            json.send(ctx, 200, StatusView.OK);
        });
    }

    private static void requireAdministrator(Context ctx) {
        if (!Caller.of(ctx).isAdministrator()) {
            throw new ApiException(403, "only administrators may manage users");
        }
    }
}
