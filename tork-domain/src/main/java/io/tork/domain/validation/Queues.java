package io.tork.domain.validation;

import java.util.Set;

/** Queue names users may not route tasks to: the coordinator's own queues and private ({@code x-}) queues. */
public final class Queues {
    public static final String DEFAULT = "default";
    public static final Set<String> COORDINATOR_QUEUES = Set.of(
            "pending", "started", "completed", "error", "heartbeat", "jobs", "logs", "progress", "redeliveries");

    private Queues() {
    }

    public static boolean isReserved(String queue) {
        return queue != null && (queue.startsWith("x-") || COORDINATOR_QUEUES.contains(queue));
    }
}
