package io.tork.application.coordinator;

import io.tork.application.common.Outbox;
import io.tork.application.common.QueueNames;
import io.tork.application.port.out.Message.TaskMessage;
import io.tork.domain.job.JobState;
import io.tork.domain.task.Task;
import io.tork.domain.task.TaskState;
import java.time.Instant;
import java.util.Optional;

/**
 * A worker began a task. The task becomes RUNNING on that worker, from the moment the worker gives (it reports a
 * start only once the task has run a little while), and its job RUNNING. If the task was cancelled or finished
 * meanwhile, the worker is told to stop it.
 */
final class StartedHandler {
    private final CoordinatorServices services;

    StartedHandler(CoordinatorServices services) {
        this.services = services;
    }

    void handle(Task report, Outbox out) {
        Instant now = services.clock().instant();
        Optional<Task> started = ConditionalUpdate.task(services.stores().tasks(), report.id(),
                t -> t.state() == TaskState.SCHEDULED,
                t -> t.start(report.nodeId(), report.startedAt() == null ? now : report.startedAt()));
        if (started.isEmpty()) {
            if (report.nodeId() == null) return;
            services.stores().tasks().find(report.id())
                    .filter(t -> !t.state().isActive() || (t.nodeId() != null && !t.nodeId().equals(report.nodeId())))
                    .ifPresent(t -> out.send(QueueNames.privateQueueOf(report.nodeId()),
                            new TaskMessage(report.toBuilder().state(TaskState.CANCELLED).build())));
            return;
        }
        ConditionalUpdate.job(services.stores().jobs(), report.jobId(),
                j -> j.state() == JobState.SCHEDULED, j -> j.markRunning());
    }
}
