package io.tork.application.testing;

import io.tork.application.port.out.CronSchedules;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Just enough cron for the application's tests: {@code * * * * *} ticks every minute, {@code @hourly} every hour,
 * {@code 0 0 30 2 *} never; anything else is refused with a reason.
 */
public final class MinuteCron implements CronSchedules {
    @Override
    public Optional<String> problem(String expression) {
        return switch (expression) {
            case "* * * * *", "@hourly", "0 0 30 2 *" -> Optional.empty();
            default -> Optional.of("'" + expression + "' is not a schedule this fake knows");
        };
    }

    @Override
    public Optional<Instant> nextAfter(String expression, Instant after, ZoneId zone) {
        return switch (expression) {
            case "* * * * *" -> Optional.of(after.truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES));
            case "@hourly" -> Optional.of(after.truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.HOURS));
            case "0 0 30 2 *" -> Optional.empty();
            default -> throw new IllegalArgumentException("not a schedule: " + expression);
        };
    }
}
