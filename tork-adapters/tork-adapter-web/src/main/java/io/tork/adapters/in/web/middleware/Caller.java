package io.tork.adapters.in.web.middleware;

import io.javalin.http.Context;
import io.tork.domain.user.User;
import java.util.Optional;

/** Who made a request, as authentication established it. */
public sealed interface Caller {
    String ATTRIBUTE = "tork.caller";

    /** Authentication is off: everyone may do everything, as in the reference. */
    record Anyone() implements Caller {
    }

    /** The holder of the API key: the operator. */
    record KeyHolder() implements Caller {
    }

    record SignedIn(User user) implements Caller {
    }

    /** A request that needed no credentials ({@code GET /health}) while authentication is on. */
    record Unidentified() implements Caller {
    }

    static Caller of(Context ctx) {
        Caller caller = ctx.attribute(ATTRIBUTE);
        return caller == null ? new Unidentified() : caller;
    }

    /** Whether this caller may manage users. */
    default boolean isAdministrator() {
        return switch (this) {
            case Anyone a -> true;
            case KeyHolder k -> true;
            case SignedIn s -> s.user().admin();
            case Unidentified u -> false;
        };
    }

    default Optional<String> username() {
        return this instanceof SignedIn(User user) ? Optional.of(user.username()) : Optional.empty();
    }
}
