package io.tork.adapters.out.webhook;

import java.time.Duration;

/**
 * How a webhook call is retried (reference §9.3): at most {@code maxAttempts} attempts; before attempt n+1 a pause
 * of {@code pause × n} (2, 4, 6, 8 s by default). Only network errors, timeouts, 429 and 5xx answers are retried.
 */
public record RetryPolicy(int maxAttempts, Duration pause, Duration timeout) {
    public static final RetryPolicy DEFAULT = new RetryPolicy(5, Duration.ofSeconds(2), Duration.ofSeconds(5));

    public RetryPolicy {
        if (maxAttempts < 1) throw new IllegalArgumentException("maxAttempts must be at least 1");
        if (pause.isNegative() || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("pause must not be negative and timeout must be positive");
        }
    }

    Duration pauseAfter(int attempt) {
        return pause.multipliedBy(attempt);
    }

    static boolean isRetryable(int status) {
        return status == 429 || status >= 500;
    }
}
