package io.tork.app.config;

import java.util.Objects;

/**
 * The REST API's HTTP settings ({@code middleware.web.*}).
 *
 * @param bodyLimitBytes {@code middleware.web.bodylimit} (default {@code 500K}, i.e. 512 000 bytes): the largest
 *                       request body accepted; larger ones get 413
 * @param cors           {@code middleware.web.cors.*}
 * @param auth           {@code middleware.web.basicauth.*} and {@code middleware.web.keyauth.*}
 * @param rateLimit      {@code middleware.web.ratelimit.*}
 * @param requestLog     {@code middleware.web.logger.*}
 */
public record WebConfig(long bodyLimitBytes, CorsConfig cors, AuthConfig auth, RateLimitConfig rateLimit,
                        RequestLogConfig requestLog) {
    public WebConfig {
        if (bodyLimitBytes <= 0) {
            throw new IllegalArgumentException("middleware.web.bodylimit must be positive, was " + bodyLimitBytes);
        }
        Objects.requireNonNull(cors, "cors");
        Objects.requireNonNull(auth, "auth");
        Objects.requireNonNull(rateLimit, "rateLimit");
        Objects.requireNonNull(requestLog, "requestLog");
    }
}
