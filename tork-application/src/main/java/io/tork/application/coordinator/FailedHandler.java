package io.tork.application.coordinator;

import static io.tork.application.common.QueueNames.PENDING;

import io.tork.application.common.Outbox;
import io.tork.application.port.out.Message.TaskMessage;
import io.tork.domain.job.Job;
import io.tork.domain.spec.RetryPolicy;
import io.tork.domain.task.Task;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A task failed. If its retry policy allows another attempt, a new attempt is scheduled after the back-off;
 * otherwise the failure climbs to its composite parents and fails the job.
 */
final class FailedHandler {
    private static final Logger log = LoggerFactory.getLogger(FailedHandler.class);
    private final CoordinatorServices services;
    private final JobLifecycle jobs;

    FailedHandler(CoordinatorServices services, JobLifecycle jobs) {
        this.services = services;
        this.jobs = jobs;
    }

    void handle(Task report, Outbox out) {
        Instant now = services.clock().instant();
        String error = report.error() == null || report.error().isBlank() ? "task failed" : report.error();
        Optional<Task> failed = ConditionalUpdate.task(services.stores().tasks(), report.id(),
                t -> t.state().isActive(), t -> t.fail(error, now));
        if (failed.isEmpty()) {
            log.debug("ignoring a failure of task {}: it is no longer live", report.id());
            return;
        }
        Task task = failed.get();
        Optional<Job> job = services.stores().jobs().find(task.jobId());
        if (job.isEmpty() || !job.get().state().isActive()) return;
        RetryPolicy retry = task.spec().retry();
        if (retry != null && retry.limitOrZero() > 0) {
            int failures = ownFailures(task);
            if (failures <= retry.limitOrZero()) {
                scheduleNextAttempt(job.get(), task, retry, failures, out);
                return;
            }
        }
        FailurePropagation.failAncestors(services, task, error);
        jobs.fail(task.jobId(), error, out);
    }

    /** Attempts that failed by the task's own doing: those lost with their worker do not use up its retries. */
    private int ownFailures(Task task) {
        if (task.attempt() == 1) return 1;
        return task.attempt() - AttemptChain.countEarlier(services.stores().tasks().tasksOfJob(task.jobId()), task,
                t -> LostTaskReassignment.isLostWorkerReason(t.error()));
    }

    private void scheduleNextAttempt(Job job, Task failed, RetryPolicy retry, int failures, Outbox out) {
        Instant now = services.clock().instant();
        Instant notBefore = now.plus(retry.delayAfter(failures));
        Task next = failed.nextAttempt(services.ids().newId(), failed.spec(), now, notBefore);
        services.stores().tasks().create(next);
        if (notBefore.isAfter(now)) {
            out.sendAt(PENDING, new TaskMessage(next), notBefore);
        } else {
            out.send(PENDING, new TaskMessage(next));
        }
        log.info("task {} of job {} failed (attempt {}), trying again as {}", failed.id(), job.id(), failed.attempt(), next.id());
    }

}
