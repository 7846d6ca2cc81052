package io.tork.application.coordinator;

import static io.tork.application.common.QueueNames.COMPLETED;
import static io.tork.application.common.QueueNames.PENDING;

import io.tork.application.common.Outbox;
import io.tork.application.common.Steps;
import io.tork.application.port.out.Message.TaskMessage;
import io.tork.domain.job.Job;
import io.tork.domain.job.JobState;
import io.tork.domain.task.EachProgress;
import io.tork.domain.task.Task;
import io.tork.domain.task.TaskState;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A task finished well. Records it (only if the stored attempt is still live: a report about an attempt that
 * is no longer current is ignored), then moves its parent or its job along.
 */
final class CompletedHandler {
    private static final Logger log = LoggerFactory.getLogger(CompletedHandler.class);
    private final CoordinatorServices services;
    private final JobLifecycle jobs;

    CompletedHandler(CoordinatorServices services, JobLifecycle jobs) {
        this.services = services;
        this.jobs = jobs;
    }

    /**
     * A task that ended quickly is reported once, by its completion alone (the worker sends no start report for
     * it): the start it carries is recorded first, in the same update, so the task and its job still pass through
     * RUNNING.
     */
    void handle(Task report, Outbox out) {
        Instant now = services.clock().instant();
        Steps<Task> steps = Steps.when(t -> t.state() == TaskState.SCHEDULED || t.state() == TaskState.RUNNING,
                t -> t.state() == TaskState.SCHEDULED && report.nodeId() != null ? t.start(report.nodeId(),
                        report.startedAt() == null ? now : report.startedAt()) : t,
                t -> t.complete(report.result(), now));
        Optional<Task> completed = ConditionalUpdate.task(services.stores().tasks(), report.id(), steps);
        if (completed.isEmpty()) {
            log.debug("ignoring a completion of task {}: it is no longer live", report.id());
            return;
        }
        // the stored task was still SCHEDULED: this report carried its start, and the first step recorded it
        boolean startedNow = report.nodeId() != null
                && steps.passedThrough().getFirst().state() == TaskState.SCHEDULED;
        if (startedNow && completed.get().parentId() != null) {
            ConditionalUpdate.job(services.stores().jobs(), report.jobId(), j -> j.state() == JobState.SCHEDULED,
                    Job::markRunning);
        }
        moveOn(completed.get(), startedNow, out);
    }

    /** A task finished (completed or skipped): its parent or its job goes on. */
    void moveOn(Task task, Outbox out) {
        moveOn(task, false, out);
    }

    /** @param startedNow whether the task's start was recorded with its end, so its job must still be marked RUNNING */
    private void moveOn(Task task, boolean startedNow, Outbox out) {
        if (task.parentId() == null) {
            jobs.advance(task, startedNow, out);
        } else {
            childCompleted(task, out);
        }
    }

    private void childCompleted(Task child, Outbox out) {
        Optional<Task> parent = services.stores().tasks().find(child.parentId());
        if (parent.isEmpty() || parent.get().state() != TaskState.RUNNING) return;
        if (child.spec().var() != null && child.result() != null) {
            services.stores().jobs().update(child.jobId(), j -> j.state().isActive() ? j.recordResult(child.spec().var(), child.result()) : j);
        }
        if (parent.get().each() != null) {
            eachChildCompleted(parent.get(), out);
        } else {
            parallelChildCompleted(parent.get(), out);
        }
    }

    private void parallelChildCompleted(Task parent, Outbox out) {
        Optional<Task> updated = ConditionalUpdate.task(services.stores().tasks(), parent.id(),
                t -> t.state() == TaskState.RUNNING,
                t -> t.toBuilder().parallelCompletions(t.parallelCompletions() + 1).build());
        if (updated.isEmpty()) return;
        int children = updated.get().spec().parallel().tasks().size();
        if (updated.get().parallelCompletions() >= children) {
            out.send(COMPLETED, new TaskMessage(updated.get()));
        }
    }

    private void eachChildCompleted(Task parent, Outbox out) {
        Optional<Task> updated = ConditionalUpdate.task(services.stores().tasks(), parent.id(),
                t -> t.state() == TaskState.RUNNING, t -> t.toBuilder().each(t.each().completeOne()).build());
        if (updated.isEmpty()) return;
        EachProgress progress = updated.get().each();
        if (progress.isDone()) {
            out.send(COMPLETED, new TaskMessage(updated.get()));
            return;
        }
        if (progress.started() < progress.size()) releaseNextChild(parent.id(), out);
    }

    /**
     * Releases the next waiting child. Should another coordinator have released the one found first, the next one
     * is tried, so a finished child always makes room for exactly one more.
     */
    private void releaseNextChild(String parentId, Outbox out) {
        java.util.Set<String> tried = new java.util.HashSet<>();
        while (true) {
            Optional<Task> next = services.stores().tasks().nextCreatedChild(parentId);
            // the same child again means the store can not see past it: leave it rather than spin
            if (next.isEmpty() || !tried.add(next.get().id())) return;
            Optional<Task> released = ConditionalUpdate.task(services.stores().tasks(), next.get().id(),
                    t -> t.state() == TaskState.CREATED, Task::release);
            if (released.isPresent()) {
                services.stores().tasks().update(parentId, t -> t.toBuilder().each(t.each().releaseOne()).build());
                out.send(PENDING, new TaskMessage(released.get()));
                return;
            }
        }
    }
}
