package io.tork.adapters.in.web.middleware;

/**
 * Requests per second each client (by its IP address) may make ({@code middleware.web.ratelimit.*}); a client may
 * also send a burst of that many at once.
 */
public record RateLimitSettings(boolean enabled, int rps) {
    public static final RateLimitSettings OFF = new RateLimitSettings(false, 20);

    public RateLimitSettings {
        if (rps < 1) throw new IllegalArgumentException("rps must be at least 1: " + rps);
    }
}
