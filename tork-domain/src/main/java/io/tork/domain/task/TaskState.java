package io.tork.domain.task;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The life of one task attempt. The legal moves between states are declared here and nowhere else. */
public enum TaskState {
    CREATED, PENDING, SCHEDULED, RUNNING, CANCELLED, STOPPED, COMPLETED, FAILED, SKIPPED;

    /** Every transition checks a move: the sets are made once rather than on each check. */
    private static final Map<TaskState, Set<TaskState>> NEXT = new EnumMap<>(TaskState.class);

    static {
        for (TaskState state : values()) NEXT.put(state, Collections.unmodifiableSet(state.allowedNext()));
    }

    public boolean isActive() {
        return this == CREATED || this == PENDING || this == SCHEDULED || this == RUNNING;
    }

    public boolean isTerminal() {
        return !isActive();
    }

    public Set<TaskState> next() {
        return NEXT.get(this);
    }

    private Set<TaskState> allowedNext() {
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
