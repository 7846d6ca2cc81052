package io.tork.application.port.out;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Cron expressions of scheduled jobs: standard 5-field expressions (minute hour day-of-month month day-of-week)
 * and the macros {@code @yearly}, {@code @annually}, {@code @monthly}, {@code @weekly}, {@code @daily},
 * {@code @midnight} and {@code @hourly}. The same parser validates expressions and runs them, so an accepted
 * expression always fires.
 */
public interface CronSchedules {
    /** Why {@code expression} is not a valid schedule (naming the part that is wrong), or empty when it is. */
    Optional<String> problem(String expression);

    /**
     * The first tick strictly after {@code after}, reading the expression in {@code zone}; empty when the
     * expression never fires again (e.g. February 30th).
     *
     * @throws IllegalArgumentException when the expression is not valid
     */
    Optional<Instant> nextAfter(String expression, Instant after, ZoneId zone);
}
