package io.tork.application.coordinator;

import io.tork.application.port.out.JobStore;
import io.tork.application.port.out.NotFoundException;
import io.tork.application.port.out.TaskStore;
import io.tork.domain.job.Job;
import io.tork.domain.task.Task;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
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
        AtomicBoolean applied = new AtomicBoolean();
        try {
            Job stored = store.update(id, j -> {
                boolean ok = when.test(j);
                applied.set(ok);
                return ok ? change.apply(j) : j;
            });
            return applied.get() ? Optional.of(stored) : Optional.empty();
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    static Optional<Task> task(TaskStore store, String id, Predicate<Task> when, UnaryOperator<Task> change) {
        AtomicBoolean applied = new AtomicBoolean();
        try {
            Task stored = store.update(id, t -> {
                boolean ok = when.test(t);
                applied.set(ok);
                return ok ? change.apply(t) : t;
            });
            return applied.get() ? Optional.of(stored) : Optional.empty();
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }
}
