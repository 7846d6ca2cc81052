package io.tork.application.coordinator;

import static io.tork.application.common.QueueNames.PENDING;

import io.tork.application.common.Outbox;
import io.tork.application.port.out.Message.TaskMessage;
import io.tork.domain.job.Job;
import io.tork.domain.spec.ParallelSpec;
import io.tork.domain.task.Task;
import io.tork.domain.task.TaskState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Starts every child of a parallel task at once. */
final class ParallelScheduling {
    private final CoordinatorServices services;
    private final TaskFactory tasks;
    private final JobLifecycle jobs;

    ParallelScheduling(CoordinatorServices services, TaskFactory tasks, JobLifecycle jobs) {
        this.services = services;
        this.tasks = tasks;
        this.jobs = jobs;
    }

    void schedule(Job job, Task parent, ParallelSpec spec, Outbox out) {
        Instant now = services.clock().instant();
        Optional<Task> running = ConditionalUpdate.task(services.stores().tasks(), parent.id(),
                t -> t.state() == TaskState.PENDING, t -> t.startCoordinating(now));
        if (running.isEmpty()) return;
        List<Task> children = new ArrayList<>();
        for (int i = 0; i < spec.tasks().size(); i++) {
            Task child = tasks.child(job, parent, spec.tasks().get(i), TaskPaths.prefixOf(parent) + "parallel.tasks[" + i + "]", job.context().asMap());
            if (child.state() == TaskState.FAILED) {
                services.stores().tasks().create(child);
                FailurePropagation.failAncestors(services, child, child.error());
                jobs.fail(job.id(), child.error(), out);
                return;
            }
            children.add(child);
        }
        for (Task child : children) {
            services.stores().tasks().create(child);
            out.send(PENDING, new TaskMessage(child));
        }
    }
}
