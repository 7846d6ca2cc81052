package io.tork.app.config;

/** {@code middleware.web.ratelimit.enabled} and {@code .rps} (default 20): requests per second per client address. */
public record RateLimitConfig(boolean enabled, int rps) {
}
