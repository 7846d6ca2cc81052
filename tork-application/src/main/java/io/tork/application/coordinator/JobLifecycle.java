package io.tork.application.coordinator;

import static io.tork.application.common.QueueNames.COMPLETED;
import static io.tork.application.common.QueueNames.ERROR;
import static io.tork.application.common.QueueNames.JOBS;
import static io.tork.application.common.QueueNames.PENDING;

import io.tork.application.common.Events;
import io.tork.application.common.Outbox;
import io.tork.application.common.QueueNames;
import io.tork.application.common.Steps;
import io.tork.application.common.TaskRenderer.RenderException;
import io.tork.application.port.out.Message.JobCommand;
import io.tork.application.port.out.Message.JobCommandType;
import io.tork.application.port.out.Message.TaskMessage;
import io.tork.domain.common.Durations;
import io.tork.domain.job.Job;
import io.tork.domain.job.JobState;
import io.tork.domain.spec.TaskKind;
import io.tork.domain.task.Task;
import io.tork.domain.task.TaskState;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves whole jobs: start, advance to the next task, complete, fail, cancel, restart. Every method re-reads
 * the stored job and does nothing when the job is no longer in a state the step applies to, so duplicate or
 * late messages are harmless.
 */
final class JobLifecycle {
    private static final Logger log = LoggerFactory.getLogger(JobLifecycle.class);
    private final CoordinatorServices services;
    private final TaskFactory tasks;
    private final ContainerScheduling containers;

    JobLifecycle(CoordinatorServices services, TaskFactory tasks, ContainerScheduling containers) {
        this.services = services;
        this.tasks = tasks;
        this.containers = containers;
    }

    void start(String jobId, Outbox out) {
        Instant now = now();
        ConditionalUpdate.job(services.stores().jobs(), jobId, j -> j.state() == JobState.PENDING, j -> j.schedule(now))
                .ifPresent(job -> begin(job, now, out));
    }

    /** Stores a job that was just submitted (and not stored yet) already started: one write instead of two. */
    void startSubmitted(Job submitted, Outbox out) {
        Instant now = now();
        Job job = submitted.schedule(now);
        services.stores().jobs().createStarted(submitted, job);
        begin(job, now, out);
    }

    private void begin(Job job, Instant now, Outbox out) {
        if (job.spec().timeout() != null && !job.spec().timeout().isBlank()) {
            Instant deadline = now.plus(Durations.parse(job.spec().timeout()));
            out.sendAt(JOBS, new JobCommand(job.id(), JobCommandType.TIME_OUT,
                    "job timed out after " + job.spec().timeout()), deadline);
        }
        createCurrentTask(job, out);
    }

    /**
     * The top-level task at the job's position completed: record it and go on with the next one or finish. After
     * the last task the job is completed in the same update that records the task, rather than in a second one.
     *
     * @param startedNow whether the task's start was recorded only with its end: the job then enters RUNNING
     *                   first, in the same update, as a separate start report would have made it
     */
    void advance(Task finished, boolean startedNow, Outbox out) {
        Instant now = now();
        Ending ending = new Ending(finished, now);
        Optional<Job> advanced = ConditionalUpdate.job(services.stores().jobs(), finished.jobId(), Steps.when(
                j -> j.state().isActive() && j.position() == finished.position(),
                j -> startedNow && j.state() == JobState.SCHEDULED ? j.markRunning() : j,
                j -> ending.completeIfLast(j.advance(finished.spec().var(), finished.result()))));
        if (advanced.isEmpty()) return;
        Job job = advanced.get();
        if (job.state() == JobState.COMPLETED) {
            completed(job, out);
        } else if (ending.outputError != null) {
            fail(job.id(), ending.outputError, out);
        } else {
            createCurrentTask(job, out);
        }
    }

    void complete(Job job, Outbox out) {
        String result;
        try {
            result = result(job, null);
        } catch (RenderException e) {
            fail(job.id(), e.getMessage(), out);
            return;
        }
        Instant now = now();
        ConditionalUpdate.job(services.stores().jobs(), job.id(), j -> j.state().isActive(),
                j -> j.complete(result, now, deleteAt(j, now))).ifPresent(done -> completed(done, out));
    }

    private void completed(Job done, Outbox out) {
        if (done.parentTaskId() != null) {
            services.stores().tasks().find(done.parentTaskId()).ifPresent(parent ->
                    out.send(COMPLETED, new TaskMessage(parent.toBuilder().result(done.result()).build())));
        }
        out.announce(Events.JOB_COMPLETED, done);
    }

    /** The job's result: its output template rendered, else a single-task job's task result. */
    private String result(Job job, Task lastFinished) throws RenderException {
        if (job.spec().output() != null) {
            return services.renderer().renderText(job.spec().output(), "output", job.context().asMap());
        }
        if (job.kind() != io.tork.domain.job.JobKind.SINGLE_TASK) return null;
        if (lastFinished != null) return lastFinished.state() == TaskState.COMPLETED ? lastFinished.result() : null;
        return services.stores().tasks().tasksOfJob(job.id()).stream()
                .filter(t -> t.state() == TaskState.COMPLETED)
                .reduce((a, b) -> b).map(Task::result).orElse(null);
    }

    private static Instant deleteAt(Job job, Instant now) {
        return job.spec().autoDelete() == null || job.spec().autoDelete().after() == null ? null
                : now.plus(Durations.parse(job.spec().autoDelete().after()));
    }

    /** Completes a job that has advanced past its last task; remembers why it could not (its output failed). */
    private final class Ending {
        private final Task finished;
        private final Instant now;
        private String outputError;

        Ending(Task finished, Instant now) {
            this.finished = finished;
            this.now = now;
        }

        Job completeIfLast(Job advanced) {
            outputError = null;
            if (advanced.position() <= advanced.taskCount()) return advanced;
            try {
                return advanced.complete(result(advanced, finished), now, deleteAt(advanced, now));
            } catch (RenderException e) {
                outputError = e.getMessage();
                return advanced;
            }
        }
    }

    /** Fails the job with {@code reason}, cancels what still runs, and tells a waiting parent task. */
    void fail(String jobId, String reason, Outbox out) {
        Instant now = now();
        Optional<Job> changed = ConditionalUpdate.job(services.stores().jobs(), jobId,
                j -> j.state().isActive(), j -> j.fail(reason, now));
        if (changed.isEmpty()) return;
        Job failed = changed.get();
        cancelActiveTasks(failed, out);
        if (failed.parentTaskId() != null) {
            services.stores().tasks().find(failed.parentTaskId()).ifPresent(parent ->
                    out.send(ERROR, new TaskMessage(parent.toBuilder().error(reason).build())));
        }
        out.announce(Events.JOB_FAILED, failed);
    }

    void cancel(String jobId, Outbox out) {
        Optional<Job> changed = ConditionalUpdate.job(services.stores().jobs(), jobId,
                j -> j.state().isActive(), Job::cancel);
        if (changed.isEmpty()) return;
        Job cancelled = changed.get();
        cancelActiveTasks(cancelled, out);
        if (cancelled.parentTaskId() != null) {
            // a cancelled sub-job cancels the job it belongs to
            services.stores().tasks().find(cancelled.parentTaskId()).ifPresent(parent ->
                    out.send(JOBS, new JobCommand(parent.jobId(), JobCommandType.CANCEL, "sub-job cancelled")));
        }
        out.announce(Events.JOB_CANCELLED, cancelled);
    }

    void restart(String jobId, Outbox out) {
        Optional<Job> restarted = ConditionalUpdate.job(services.stores().jobs(), jobId,
                j -> j.state() == JobState.FAILED || j.state() == JobState.CANCELLED, Job::restart);
        if (restarted.isEmpty()) return;
        Job job = restarted.get();
        if (job.position() > job.taskCount()) {
            complete(job, out);
        } else {
            createCurrentTask(job, out);
        }
    }

    void timeOut(String jobId, String reason, Outbox out) {
        fail(jobId, reason, out);
    }

    private void createCurrentTask(Job job, Outbox out) {
        Task task = tasks.topLevel(job);
        if (task.state() == TaskState.FAILED) {
            services.stores().tasks().create(task);
            fail(job.id(), task.error(), out);
        } else if (task.spec().kind() instanceof TaskKind.Container && !PendingHandler.isSkipped(task)) {
            // scheduled in this transaction, as the pending queue's consumer would do in its own: a job's next
            // container task then costs one hop through the broker, and one transaction, less
            containers.scheduleNew(job, task, out);
        } else {
            services.stores().tasks().create(task);
            out.send(PENDING, new TaskMessage(task));
        }
    }

    private void cancelActiveTasks(Job job, Outbox out) {
        Instant now = now();
        for (Task t : services.stores().tasks().activeTasksOfJob(job.id())) {
            Optional<Task> changed = ConditionalUpdate.task(services.stores().tasks(), t.id(),
                    s -> s.state().isActive(), s -> s.cancel(now));
            if (changed.isEmpty()) continue;
            Task cancelled = changed.get();
            if (cancelled.subJobId() != null) {
                out.send(JOBS, new JobCommand(cancelled.subJobId(), JobCommandType.CANCEL, "parent job ended"));
            } else if (cancelled.nodeId() != null) {
                out.send(QueueNames.privateQueueOf(cancelled.nodeId()), new TaskMessage(cancelled));
            }
        }
        log.debug("cancelled the active tasks of job {}", job.id());
    }

    private Instant now() {
        return services.clock().instant();
    }
}
