package io.tork.app.config;

import java.time.Duration;
import java.util.Objects;

/**
 * {@code datastore.retention.*}: how long the cleanup loop keeps finished data (reference §6.3).
 *
 * @param logs {@code datastore.retention.logs.duration} (default 168h): log parts older than this are deleted
 * @param jobs {@code datastore.retention.jobs.duration} (default 8760h): finished jobs created longer ago are deleted
 */
public record RetentionConfig(Duration logs, Duration jobs) {
    public RetentionConfig {
        Objects.requireNonNull(logs, "logs");
        Objects.requireNonNull(jobs, "jobs");
    }
}
