package io.tork.application.retention;

import java.time.Duration;
import java.util.Objects;

/**
 * How long finished data is kept (reference §6.3): log parts for {@code logs} after they were written, finished
 * jobs for {@code jobs} after they were created (a job's own {@code autoDelete} may remove it earlier).
 */
public record RetentionPolicy(Duration logs, Duration jobs) {
    /** Shorter retentions are refused: the cleanup would race the jobs it cleans up after. */
    public static final Duration MINIMUM = Duration.ofMinutes(1);
    public static final RetentionPolicy DEFAULT = new RetentionPolicy(Duration.ofHours(168), Duration.ofHours(8760));

    public RetentionPolicy {
        Objects.requireNonNull(logs, "logs");
        Objects.requireNonNull(jobs, "jobs");
        if (logs.compareTo(MINIMUM) < 0 || jobs.compareTo(MINIMUM) < 0) {
            throw new IllegalArgumentException("retentions must be at least " + MINIMUM.toMinutes() + " minute");
        }
    }
}
