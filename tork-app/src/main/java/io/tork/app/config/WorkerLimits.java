package io.tork.app.config;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Defaults applied to tasks that do not set their own: {@code worker.limits.cpus} (e.g. {@code "1"}),
 * {@code worker.limits.memory} (e.g. {@code "512m"}) and {@code worker.limits.timeout} (e.g. {@code 1h}).
 */
public record WorkerLimits(Optional<String> cpus, Optional<String> memory, Optional<Duration> timeout) {
    public WorkerLimits {
        Objects.requireNonNull(cpus, "cpus");
        Objects.requireNonNull(memory, "memory");
        Objects.requireNonNull(timeout, "timeout");
    }
}
