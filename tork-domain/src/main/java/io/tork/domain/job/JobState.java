package io.tork.domain.job;

import java.util.EnumSet;
import java.util.Set;

/** The persisted states of a job; the legal moves between them are declared here and nowhere else. */
public enum JobState {
    PENDING, SCHEDULED, RUNNING, CANCELLED, COMPLETED, FAILED;

    public boolean isActive() {
        return this == PENDING || this == SCHEDULED || this == RUNNING;
    }

    public boolean isTerminal() {
        return !isActive();
    }

    public Set<JobState> next() {
        return switch (this) {
            case PENDING -> EnumSet.of(SCHEDULED, FAILED, CANCELLED);
            case SCHEDULED -> EnumSet.of(RUNNING, COMPLETED, FAILED, CANCELLED);
            case RUNNING -> EnumSet.of(COMPLETED, FAILED, CANCELLED);
            // restart is the only way back from an end state
            case FAILED, CANCELLED -> EnumSet.of(RUNNING);
            case COMPLETED -> EnumSet.noneOf(JobState.class);
        };
    }

    public boolean canMoveTo(JobState target) {
        return next().contains(target);
    }
}
