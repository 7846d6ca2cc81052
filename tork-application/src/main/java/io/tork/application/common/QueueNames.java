package io.tork.application.common;

/** The coordinator's queues and the naming of workers' private queues (reference §5.1). */
public final class QueueNames {
    public static final String PENDING = "pending";
    public static final String STARTED = "started";
    public static final String COMPLETED = "completed";
    public static final String ERROR = "error";
    public static final String HEARTBEAT = "heartbeat";
    public static final String JOBS = "jobs";
    public static final String LOGS = "logs";
    public static final String PROGRESS = "progress";
    public static final String REDELIVERIES = "redeliveries";

    private QueueNames() {
    }

    /** The queue on which a worker receives cancellations of the tasks it runs. */
    public static String privateQueueOf(String nodeId) {
        return "x-" + nodeId;
    }

    /** A queue tasks can be routed to by users (not a coordinator queue, not private). */
    public static boolean isTaskQueue(String name) {
        return !io.tork.domain.validation.Queues.isReserved(name);
    }
}
