package io.tork.app.config;

import java.util.List;
import java.util.Optional;

/** Reads {@code middleware.web.*} and {@code client.*}, collecting problems like the rest of the binder. */
final class WebConfigBinder {
    static final String DEFAULT_BODY_LIMIT = "500K";
    static final int DEFAULT_RPS = 20;
    static final List<String> ALL = List.of("*");
    static final List<String> DEFAULT_LOG_SKIP = List.of("GET /health");

    private WebConfigBinder() {
    }

    static WebConfig web(ConfigValues values) {
        CorsConfig cors = new CorsConfig(values.bool("middleware.web.cors.enabled", false),
                values.list("middleware.web.cors.origins", ALL), values.list("middleware.web.cors.methods", ALL),
                values.list("middleware.web.cors.headers", ALL), values.bool("middleware.web.cors.credentials", false));
        RateLimitConfig rateLimit = new RateLimitConfig(values.bool("middleware.web.ratelimit.enabled", false),
                values.integer("middleware.web.ratelimit.rps", DEFAULT_RPS, 1));
        RequestLogConfig requestLog = new RequestLogConfig(values.bool("middleware.web.logger.enabled", true),
                values.choice("middleware.web.logger.level", LogLevel.class, LogLevel.DEBUG),
                values.list("middleware.web.logger.skip", DEFAULT_LOG_SKIP));
        return new WebConfig(values.size("middleware.web.bodylimit", DEFAULT_BODY_LIMIT), cors, auth(values),
                rateLimit, requestLog);
    }

    static ClientConfig client(ConfigValues values) {
        return new ClientConfig(values.text("client.username"), values.text("client.password"),
                values.text("client.key"));
    }

    private static AuthConfig auth(ConfigValues values) {
        boolean basic = values.bool("middleware.web.basicauth.enabled", false);
        Optional<String> adminUsername = values.text("middleware.web.basicauth.admin.username");
        Optional<String> adminPassword = values.text("middleware.web.basicauth.admin.password");
        if (adminUsername.isPresent() != adminPassword.isPresent()) {
            String missing = adminUsername.isPresent() ? "password" : "username";
            values.problem("middleware.web.basicauth.admin." + missing, "(not set)",
                    "set both middleware.web.basicauth.admin.username and .password, or neither");
        }
        boolean keyAuth = values.bool("middleware.web.keyauth.enabled", false);
        Optional<String> key = values.text("middleware.web.keyauth.key");
        if (keyAuth && key.isEmpty()) {
            values.problem("middleware.web.keyauth.key", "(not set)",
                    "key authentication is enabled: set a key of at least " + AuthConfig.MIN_KEY_LENGTH
                            + " characters, for example from `openssl rand -hex 32`");
        } else if (keyAuth && key.get().length() < AuthConfig.MIN_KEY_LENGTH) {
            // the key itself is never repeated in a message: messages end up in logs
            values.problem("middleware.web.keyauth.key", "(hidden)",
                    "too short: use at least " + AuthConfig.MIN_KEY_LENGTH + " characters");
        }
        return new AuthConfig(basic, adminUsername, adminPassword, keyAuth ? key : Optional.empty());
    }
}
