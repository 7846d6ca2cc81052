package io.tork.application.coordinator;

import io.tork.application.common.Steps;
import io.tork.application.port.out.JobStore;
import io.tork.application.port.out.NotFoundException;
import io.tork.application.port.out.TaskStore;
import io.tork.domain.job.Job;
import io.tork.domain.task.Task;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Applies a change only when the stored record is (still) in the expected shape, and tells whether it did.
 * This is how handlers re-check stored state before acting: a late or duplicate message finds the record
 * moved on and changes nothing.
 */
final class ConditionalUpdate {
    private ConditionalUpdate() {
    }

    static Optional<Job> job(JobStore store, String id, Predicate<Job> when, UnaryOperator<Job> change) {
        return job(store, id, Steps.when(when, change));
    }

    /** Several steps stored as one update; each step's state is still observed (see {@link Steps}). */
    static Optional<Job> job(JobStore store, String id, Steps<Job> steps) {
        try {
            Job stored = store.update(id, steps);
            return steps.applied() ? Optional.of(stored) : Optional.empty();
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    static Optional<Task> task(TaskStore store, String id, Predicate<Task> when, UnaryOperator<Task> change) {
        return task(store, id, Steps.when(when, change));
    }

    /** Several steps stored as one update; each step's state is still observed (see {@link Steps}). */
    static Optional<Task> task(TaskStore store, String id, Steps<Task> steps) {
        try {
            Task stored = store.update(id, steps);
            return steps.applied() ? Optional.of(stored) : Optional.empty();
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }
}
