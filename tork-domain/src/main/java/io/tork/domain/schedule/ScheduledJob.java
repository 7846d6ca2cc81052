package io.tork.domain.schedule;

import io.tork.domain.common.IllegalTransitionException;
import java.time.Instant;

/**
 * A job definition run at every tick of its cron expression. Immutable: pausing, resuming and firing return new
 * values.
 *
 * @param nextRunAt the tick at which the next job is due; a coordinator that fires it moves this to the tick
 *                  after, and only one coordinator can make that move for a given tick
 */
public record ScheduledJob(String id, ScheduledJobSpec spec, ScheduledJobState state, Instant createdAt,
                           Instant nextRunAt) {

    public static ScheduledJob created(String id, ScheduledJobSpec spec, Instant at, Instant firstRun) {
        return new ScheduledJob(id, spec, ScheduledJobState.ACTIVE, at, firstRun);
    }

    public String cron() {
        return spec.cron();
    }

    public boolean isDue(Instant now) {
        return state == ScheduledJobState.ACTIVE && nextRunAt != null && !nextRunAt.isAfter(now);
    }

    public ScheduledJob pause() {
        if (state != ScheduledJobState.ACTIVE) throw new IllegalTransitionException("scheduled job is not active");
        return new ScheduledJob(id, spec, ScheduledJobState.PAUSED, createdAt, nextRunAt);
    }

    /** Active again from {@code nextRun} on: ticks missed while paused are not made up for. */
    public ScheduledJob resume(Instant nextRun) {
        if (state != ScheduledJobState.PAUSED) throw new IllegalTransitionException("scheduled job is not paused");
        return new ScheduledJob(id, spec, ScheduledJobState.ACTIVE, createdAt, nextRun);
    }

    /** The tick at {@link #nextRunAt} was fired; the next one is {@code nextRun}. */
    public ScheduledJob firedUntil(Instant nextRun) {
        return new ScheduledJob(id, spec, state, createdAt, nextRun);
    }
}
