package io.tork.app.config;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The worker's settings.
 *
 * @param name              {@code worker.name} (default {@code Worker})
 * @param queues            {@code worker.queues.<queue> = <concurrency>}: the queues this worker consumes and how
 *                          many tasks of each it runs at once (default {@code default = 1}); in the order configured
 * @param limits            {@code worker.limits.*}: defaults for tasks that set none
 * @param heartbeatInterval {@code worker.heartbeat.interval} (default 10s): how often the worker proves it is alive
 */
public record WorkerConfig(String name, Map<String, Integer> queues, WorkerLimits limits, Duration heartbeatInterval) {
    public WorkerConfig {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(heartbeatInterval, "heartbeatInterval");
        queues = Collections.unmodifiableMap(new LinkedHashMap<>(queues));
    }
}
