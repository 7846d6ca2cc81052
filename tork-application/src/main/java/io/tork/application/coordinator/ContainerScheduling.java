package io.tork.application.coordinator;

import io.tork.application.common.Outbox;
import io.tork.application.port.out.Message.TaskMessage;
import io.tork.domain.job.Job;
import io.tork.domain.spec.JobDefaults;
import io.tork.domain.spec.Limits;
import io.tork.domain.spec.TaskSpec;
import io.tork.domain.task.Task;
import io.tork.domain.task.TaskState;
import io.tork.domain.validation.Queues;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/** Routes a container task to its queue, with the job's defaults filled in where the task is silent. */
final class ContainerScheduling {
    private final CoordinatorServices services;
    /**
     * The spec last given its job's defaults. The children of an {@code each} share one spec; remembering it lets
     * them share its effective form too, rather than each child holding an equal copy.
     */
    private final AtomicReference<Defaulted> lastDefaulted = new AtomicReference<>();

    ContainerScheduling(CoordinatorServices services) {
        this.services = services;
    }

    /** Stores a task just made (not stored yet) already scheduled, and sends it to its queue: one write, not two. */
    void scheduleNew(Job job, Task task, Outbox out) {
        Task scheduled = task.schedule(effectiveSpec(task.spec(), job.spec().defaults()), services.clock().instant());
        services.stores().tasks().createScheduled(task, scheduled);
        out.send(scheduled.spec().queue(), new TaskMessage(scheduled));
    }

    void schedule(Job job, Task task, Outbox out) {
        TaskSpec effective = effectiveSpec(task.spec(), job.spec().defaults());
        Instant now = services.clock().instant();
        ConditionalUpdate.task(services.stores().tasks(), task.id(), t -> t.state() == TaskState.PENDING,
                t -> t.schedule(effective, now)).ifPresent(scheduled ->
                out.send(effective.queue(), new TaskMessage(scheduled)));
    }

    private TaskSpec effectiveSpec(TaskSpec spec, JobDefaults defaults) {
        Defaulted last = lastDefaulted.get();
        if (last != null && last.spec() == spec && last.defaults() == defaults) return last.effective();
        TaskSpec effective = withDefaults(spec, defaults);
        lastDefaulted.set(new Defaulted(spec, defaults, effective));
        return effective;
    }

    static TaskSpec withDefaults(TaskSpec spec, JobDefaults defaults) {
        TaskSpec.Builder b = spec.toBuilder();
        if (defaults != null) {
            if (blank(spec.queue())) b.queue(defaults.queue());
            b.limits(Limits.merge(spec.limits(), defaults.limits()));
            if (blank(spec.timeout())) b.timeout(defaults.timeout());
            if (spec.retry() == null || spec.retry().limitOrZero() == 0) {
                if (defaults.retry() != null) b.retry(defaults.retry());
            }
            if (spec.priority() == null || spec.priority() == 0) {
                if (defaults.priority() != null) b.priority(defaults.priority());
            }
        }
        TaskSpec withJobDefaults = b.build();
        return blank(withJobDefaults.queue()) ? withJobDefaults.toBuilder().queue(Queues.DEFAULT).build() : withJobDefaults;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private record Defaulted(TaskSpec spec, JobDefaults defaults, TaskSpec effective) {
    }
}
