package io.tork.domain.schedule;

/** An ACTIVE scheduled job creates a job at every tick of its cron expression; a PAUSED one does not. */
public enum ScheduledJobState {
    ACTIVE, PAUSED
}
