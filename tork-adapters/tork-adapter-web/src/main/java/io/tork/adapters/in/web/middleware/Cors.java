package io.tork.adapters.in.web.middleware;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.tork.adapters.in.web.error.ApiException;
import java.util.List;

/**
 * Answers browsers' cross-origin questions. A preflight ({@code OPTIONS} with {@code Access-Control-Request-Method})
 * is answered here with 204 and goes no further, so it needs no credentials; other requests from an allowed
 * origin get the headers that let the browser read the answer.
 */
final class Cors implements Handler {
    static final String ALL_METHODS = "GET, POST, PUT, DELETE, PATCH, HEAD, OPTIONS";
    private static final String MAX_AGE_SECONDS = "600";
    private final CorsSettings settings;

    Cors(CorsSettings settings) {
        this.settings = settings;
    }

    @Override
    public void handle(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null) return;
        boolean preflight = ctx.method().name().equals("OPTIONS")
                && ctx.header("Access-Control-Request-Method") != null;
        if (!isAllowed(origin)) {
            if (preflight) throw new ApiException(403, "origin " + origin + " is not allowed");
            return;
        }
        ctx.header("Access-Control-Allow-Origin", allowOriginValue(origin));
        ctx.header("Vary", "Origin");
        if (settings.credentials()) ctx.header("Access-Control-Allow-Credentials", "true");
        if (!preflight) {
            if (!settings.headers().contains("*")) {
                ctx.header("Access-Control-Expose-Headers", String.join(", ", settings.headers()));
            }
            return;
        }
        ctx.header("Access-Control-Allow-Methods",
                settings.methods().contains("*") ? ALL_METHODS : String.join(", ", settings.methods()));
        String requested = ctx.header("Access-Control-Request-Headers");
        String allowedHeaders = settings.headers().contains("*") ? requested : String.join(", ", settings.headers());
        if (allowedHeaders != null && !allowedHeaders.isBlank()) {
            ctx.header("Access-Control-Allow-Headers", allowedHeaders);
        }
        ctx.header("Access-Control-Max-Age", MAX_AGE_SECONDS);
        ctx.status(204);
        ctx.skipRemainingHandlers();
    }

    private boolean isAllowed(String origin) {
        List<String> origins = settings.origins();
        return origins.contains("*") || origins.stream().anyMatch(origin::equalsIgnoreCase);
    }

    /** Browsers refuse {@code *} together with credentials, so the origin itself is named then. */
    private String allowOriginValue(String origin) {
        return settings.origins().contains("*") && !settings.credentials() ? "*" : origin;
    }
}
