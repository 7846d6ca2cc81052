package io.tork.adapters.in.web.middleware;

import io.javalin.config.JavalinConfig;
import io.tork.application.port.in.AuthenticateUseCase;

/**
 * Installs what wraps every route, in this order: CORS (so that preflights need no credentials), the body limit,
 * the rate limit (so that guessing passwords is slowed down too), authentication; and the request log after.
 */
public final class MiddlewareChain {
    private final Middleware settings;
    private final AuthenticateUseCase users;
    private final long bodyLimitBytes;
    private final String bodyLimitText;

    /**
     * @param users         checks basic-auth credentials; may be null when basic authentication is off
     * @param bodyLimitText the body limit as people say it ({@code 500 KiB}), for the 413's message
     */
    public MiddlewareChain(Middleware settings, AuthenticateUseCase users, long bodyLimitBytes, String bodyLimitText) {
        this.settings = settings;
        this.users = users;
        this.bodyLimitBytes = bodyLimitBytes;
        this.bodyLimitText = bodyLimitText;
    }

    public void install(JavalinConfig cfg) {
        if (settings.cors().enabled()) cfg.routes.before(new Cors(settings.cors()));
        cfg.routes.before(new BodyLimit(bodyLimitBytes, bodyLimitText));
        if (settings.rateLimit().enabled()) cfg.routes.before(new RateLimit(settings.rateLimit(), System::nanoTime));
        cfg.routes.before(new Authentication(settings.auth(), users));
        cfg.requestLogger.http(new RequestLog(settings.requestLog()));
    }
}
