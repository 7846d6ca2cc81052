package io.tork.adapters.in.web.middleware;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.tork.adapters.in.web.error.ApiException;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Refuses requests of a client over its rate with 429 and {@code Retry-After}. A client is its IP address as the
 * connection shows it; {@code X-Forwarded-For} is not trusted, since any client could set it to escape the limit.
 * It runs before authentication, so that guessing passwords is slowed down too.
 */
final class RateLimit implements Handler {
    private final TokenBuckets buckets;

    RateLimit(RateLimitSettings settings, LongSupplier nanoTime) {
        this.buckets = new TokenBuckets(settings.rps(), nanoTime);
    }

    @Override
    public void handle(Context ctx) {
        Duration wait = buckets.take(ctx.req().getRemoteAddr());
        if (!wait.isZero()) {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            throw new ApiException(429, "rate limit exceeded").withHeader("Retry-After", Long.toString(seconds));
        }
    }
}
