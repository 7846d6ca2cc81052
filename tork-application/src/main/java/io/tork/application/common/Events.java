package io.tork.application.common;

/** Topics of job events on the event bus. */
public final class Events {
    public static final String JOB_COMPLETED = "job.completed";
    public static final String JOB_FAILED = "job.failed";
    public static final String JOB_CANCELLED = "job.cancelled";
    public static final String ALL_JOB_EVENTS = "job.*";

    private Events() {
    }
}
