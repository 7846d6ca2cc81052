package io.tork.adapters.in.web.middleware;

import java.util.Objects;

/** The settings of everything that wraps the API's routes. */
public record Middleware(CorsSettings cors, AuthSettings auth, RateLimitSettings rateLimit,
                         RequestLogSettings requestLog) {
    /** What a server started without settings does: no CORS, no authentication, no rate limit, a debug log. */
    public static final Middleware DEFAULTS = new Middleware(CorsSettings.OFF, AuthSettings.OFF, RateLimitSettings.OFF,
            RequestLogSettings.DEFAULT);

    public Middleware {
        Objects.requireNonNull(cors, "cors");
        Objects.requireNonNull(auth, "auth");
        Objects.requireNonNull(rateLimit, "rateLimit");
        Objects.requireNonNull(requestLog, "requestLog");
    }

    public Middleware withAuth(AuthSettings newAuth) {
        return new Middleware(cors, newAuth, rateLimit, requestLog);
    }

    public Middleware withCors(CorsSettings newCors) {
        return new Middleware(newCors, auth, rateLimit, requestLog);
    }

    public Middleware withRateLimit(RateLimitSettings newRateLimit) {
        return new Middleware(cors, auth, newRateLimit, requestLog);
    }

    public Middleware withRequestLog(RequestLogSettings newRequestLog) {
        return new Middleware(cors, auth, rateLimit, newRequestLog);
    }
}
