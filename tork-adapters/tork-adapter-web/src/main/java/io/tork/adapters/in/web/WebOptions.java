package io.tork.adapters.in.web;

import io.tork.adapters.in.web.middleware.Middleware;
import java.util.Objects;
import java.util.Optional;

/**
 * What a server offers beyond the core API.
 *
 * @param users      {@code /users} and basic authentication; without them those routes do not exist
 * @param prometheus {@code /metrics} in Prometheus formats; without it {@code /metrics} is JSON only
 */
public record WebOptions(Middleware middleware, Optional<UserServices> users, Optional<PrometheusScraper> prometheus) {
    public static final WebOptions NONE = new WebOptions(Middleware.DEFAULTS, Optional.empty(), Optional.empty());

    public WebOptions {
        Objects.requireNonNull(middleware, "middleware");
        Objects.requireNonNull(users, "users");
        Objects.requireNonNull(prometheus, "prometheus");
    }

    public WebOptions(Middleware middleware, UserServices users, PrometheusScraper prometheus) {
        this(middleware, Optional.ofNullable(users), Optional.ofNullable(prometheus));
    }
}
