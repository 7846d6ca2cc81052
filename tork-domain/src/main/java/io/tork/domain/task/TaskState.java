package io.tork.domain.task;

import java.util.EnumSet;
import java.util.Set;

/** The life of one task attempt. The legal moves between states are declared here and nowhere else. */
public enum TaskState {
    CREATED, PENDING, SCHEDULED, RUNNING, CANCELLED, STOPPED, COMPLETED, FAILED, SKIPPED;

    public boolean isActive() {
        return this == CREATED || this == PENDING || this == SCHEDULED || this == RUNNING;
    }

    public boolean isTerminal() {
        return !isActive();
    }

    public Set<TaskState> next() {
        return switch (this) {
            case CREATED -> EnumSet.of(PENDING, CANCELLED, FAILED);
            case PENDING -> EnumSet.of(SCHEDULED, RUNNING, SKIPPED, CANCELLED, FAILED, COMPLETED);
            case SCHEDULED -> EnumSet.of(RUNNING, COMPLETED, FAILED, CANCELLED);
            case RUNNING -> EnumSet.of(COMPLETED, FAILED, CANCELLED);
            case SKIPPED -> EnumSet.of(COMPLETED);
            case CANCELLED, STOPPED, COMPLETED, FAILED -> EnumSet.noneOf(TaskState.class);
        };
    }

    public boolean canMoveTo(TaskState target) {
        return next().contains(target);
    }
}
