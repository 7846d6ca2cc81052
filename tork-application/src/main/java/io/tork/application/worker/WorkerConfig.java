package io.tork.application.worker;

import io.tork.domain.spec.Limits;
import java.time.Duration;
import java.util.Map;

/**
 * @param queues            task queues to consume and how many tasks of each to run at once
 * @param defaultLimits     limits for tasks that set none (may be null)
 * @param defaultTimeout    timeout for tasks that set none (null: no limit)
 * @param heartbeatInterval how often the worker proves it is alive
 */
public record WorkerConfig(String nodeId, String name, Map<String, Integer> queues, Limits defaultLimits,
                           Duration defaultTimeout, Duration heartbeatInterval, String version) {
    public WorkerConfig {
        queues = Map.copyOf(queues);
    }
}
