package io.tork.application.coordinator;

import io.tork.application.common.Outbox;
import io.tork.domain.job.Job;
import io.tork.domain.spec.TaskKind;
import io.tork.domain.task.Task;
import io.tork.domain.task.TaskState;
import java.time.Instant;
import java.util.Optional;

/**
 * A task is ready: skip it when its condition rendered {@code false}, otherwise schedule it according to its
 * kind. Acts only on a task still PENDING in the store (a task cancelled meanwhile is left alone).
 */
final class PendingHandler {
    private final CoordinatorServices services;
    private final ContainerScheduling containers;
    private final ParallelScheduling parallels;
    private final EachScheduling eaches;
    private final SubJobScheduling subJobs;
    private final CompletedHandler completions;

    PendingHandler(CoordinatorServices services, ContainerScheduling containers, ParallelScheduling parallels,
                   EachScheduling eaches, SubJobScheduling subJobs, CompletedHandler completions) {
        this.services = services;
        this.containers = containers;
        this.parallels = parallels;
        this.eaches = eaches;
        this.subJobs = subJobs;
        this.completions = completions;
    }

    void handle(Task message, Outbox out) {
        Optional<Task> stored = services.stores().tasks().find(message.id());
        if (stored.isEmpty() || stored.get().state() != TaskState.PENDING) return;
        Task task = stored.get();
        Optional<Job> job = services.stores().jobs().find(task.jobId());
        if (job.isEmpty() || !job.get().state().isActive()) return;
        if (isSkipped(task)) {
            Instant now = services.clock().instant();
            // moved along in this same transaction rather than through the completed queue: a skipped task stays
            // SKIPPED, and a redelivered completion must not count it twice
            ConditionalUpdate.task(services.stores().tasks(), task.id(), t -> t.state() == TaskState.PENDING,
                    t -> t.skip(now)).ifPresent(skipped -> completions.moveOn(skipped, out));
            return;
        }
        switch (task.spec().kind()) {
            case TaskKind.Container c -> containers.schedule(job.get(), task, out);
            case TaskKind.Parallel p -> parallels.schedule(job.get(), task, p.spec(), out);
            case TaskKind.Each e -> eaches.schedule(job.get(), task, e.spec(), out);
            case TaskKind.SubJob s -> subJobs.schedule(job.get(), task, s.spec(), out);
        }
    }

    static boolean isSkipped(Task task) {
        return task.spec().condition() != null && task.spec().condition().trim().equals("false");
    }
}
