package io.tork.adapters.in.web.middleware;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * One token bucket per client: {@code rate} tokens a second, at most {@code rate} saved up. Buckets of clients
 * gone quiet are forgotten once there are many, so a flood of addresses cannot fill the memory.
 */
final class TokenBuckets {
    private static final int FORGET_ABOVE = 10_000;
    private static final long NANOS_PER_SECOND = Duration.ofSeconds(1).toNanos();

    private final double rate;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    TokenBuckets(int rate, LongSupplier nanoTime) {
        this.rate = rate;
        this.nanoTime = nanoTime;
    }

    /**
     * Takes a token for the client.
     *
     * @return zero when the request may go ahead, else how long until the client has a token again
     */
    Duration take(String client) {
        long now = nanoTime.getAsLong();
        if (buckets.size() > FORGET_ABOVE) forgetFullBuckets(now);
        return buckets.computeIfAbsent(client, c -> new Bucket(rate, now)).take(rate, now);
    }

    private void forgetFullBuckets(long now) {
        buckets.values().removeIf(bucket -> bucket.isFullAt(rate, now));
    }

    private static final class Bucket {
        private double tokens;
        private long updatedAt;

        Bucket(double capacity, long now) {
            tokens = capacity;
            updatedAt = now;
        }

        synchronized Duration take(double rate, long now) {
            refill(rate, now);
            if (tokens >= 1) {
                tokens -= 1;
                return Duration.ZERO;
            }
            long wait = (long) Math.ceil((1 - tokens) / rate * NANOS_PER_SECOND);
            return Duration.ofNanos(Math.max(1, wait));
        }

        synchronized boolean isFullAt(double rate, long now) {
            refill(rate, now);
            return tokens >= rate;
        }

        private void refill(double rate, long now) {
            long elapsed = Math.max(0, now - updatedAt);
            tokens = Math.min(rate, tokens + elapsed * rate / NANOS_PER_SECOND);
            updatedAt = now;
        }
    }
}
