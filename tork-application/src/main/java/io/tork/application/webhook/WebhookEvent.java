package io.tork.application.webhook;

/** What a webhook's {@code event} can ask for (reference §9.3); an empty {@code event} means job state changes. */
enum WebhookEvent {
    JOB_STATE_CHANGE("job.StateChange"),
    JOB_PROGRESS("job.Progress"),
    TASK_STATE_CHANGE("task.StateChange"),
    TASK_PROGRESS("task.Progress");

    private final String name;

    WebhookEvent(String name) {
        this.name = name;
    }

    /** Whether a webhook declared with {@code declared} as its {@code event} fires for this event. */
    boolean isWanted(String declared) {
        if (declared == null || declared.isEmpty()) return this == JOB_STATE_CHANGE;
        return name.equals(declared);
    }

    boolean isJobEvent() {
        return this == JOB_STATE_CHANGE || this == JOB_PROGRESS;
    }
}
