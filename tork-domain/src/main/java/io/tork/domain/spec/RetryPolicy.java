package io.tork.domain.spec;

import io.tork.domain.common.Durations;
import java.time.Duration;

/**
 * How often a failed task is tried again, and how long to wait between attempts:
 * the delay before attempt {@code n+1} is {@code initialDelay × scalingFactor^(n-1)}.
 */
public record RetryPolicy(Integer limit, String initialDelay, Double scalingFactor) {
    public static final int MAX_LIMIT = 10;

    public int limitOrZero() {
        return limit == null ? 0 : limit;
    }

    /** Delay before the attempt that follows attempt number {@code failedAttempt} (1-based). */
    public Duration delayAfter(int failedAttempt) {
        if (initialDelay == null || initialDelay.isBlank()) return Duration.ZERO;
        Duration first = Durations.parse(initialDelay);
        double factor = scalingFactor == null ? 2.0 : scalingFactor;
        double scaled = first.toNanos() * Math.pow(factor, Math.max(0, failedAttempt - 1));
        return Duration.ofNanos((long) Math.min(scaled, Duration.ofDays(1).toNanos()));
    }
}
