package io.tork.domain.job;

import io.tork.domain.common.IllegalTransitionException;
import io.tork.domain.spec.JobSpec;
import io.tork.domain.spec.TaskSpec;
import java.time.Instant;
import java.util.Optional;

/**
 * A submitted job and where it stands. Immutable: every transition returns a new value and refuses moves
 * its {@link JobState} does not allow.
 *
 * @param position 1-based index of the top-level task being run (0 before the job starts)
 * @param parentTaskId for an attached sub-job, the task in the parent job waiting for it
 * @param scheduledBy  for a job created by a scheduled job, that scheduled job (else null)
 */
public record Job(
        String id,
        String parentTaskId,
        JobKind kind,
        JobSpec spec,
        JobState state,
        Instant createdAt,
        Instant startedAt,
        Instant completedAt,
        Instant failedAt,
        int position,
        JobContext context,
        String result,
        String error,
        double progress,
        Instant deleteAt,
        JobSchedule scheduledBy) {

    public static Job submitted(String id, JobKind kind, JobSpec spec, Instant at) {
        return new Job(id, null, kind, spec, JobState.PENDING, at, null, null, null, 0,
                JobContext.of(id, spec.name(), spec.inputs(), spec.secrets()), null, null, 0, null, null);
    }

    /** A job created by a tick of the scheduled job {@code scheduledBy}. */
    public static Job scheduled(String id, JobSchedule scheduledBy, JobSpec spec, Instant at) {
        return new Job(id, null, JobKind.JOB, spec, JobState.PENDING, at, null, null, null, 0,
                JobContext.of(id, spec.name(), spec.inputs(), spec.secrets()), null, null, 0, null, scheduledBy);
    }

    public static Job subJob(String id, String parentTaskId, JobSpec spec, Instant at) {
        return new Job(id, parentTaskId, JobKind.JOB, spec, JobState.PENDING, at, null, null, null, 0,
                JobContext.of(id, spec.name(), spec.inputs(), spec.secrets()), null, null, 0, null, null);
    }

    public int taskCount() {
        return spec.taskCount();
    }

    public boolean hasMoreTasks() {
        return position < taskCount();
    }

    /** The definition of the top-level task at {@code position}, if there is one. */
    public Optional<TaskSpec> currentTaskSpec() {
        return position >= 1 && position <= taskCount() ? Optional.of(spec.tasks().get(position - 1)) : Optional.empty();
    }

    public Job schedule(Instant at) {
        return moveTo(JobState.SCHEDULED).with(1, startedAt == null ? at : startedAt, completedAt, failedAt, result, error, progress, context);
    }

    public Job markRunning() {
        if (state == JobState.RUNNING) return this;
        return moveTo(JobState.RUNNING);
    }

    /** The top-level task at the current position completed: move on and record its result. */
    public Job advance(String var, String taskResult) {
        requireActive("advance");
        double newProgress = taskCount() == 0 ? 100 : round2(100.0 * position / taskCount());
        return with(position + 1, startedAt, completedAt, failedAt, result, error, newProgress,
                context.withTaskResult(var, taskResult));
    }

    public Job recordResult(String var, String taskResult) {
        return with(position, startedAt, completedAt, failedAt, result, error, progress, context.withTaskResult(var, taskResult));
    }

    public Job complete(String jobResult, Instant at, Instant deleteAfter) {
        Job j = moveTo(JobState.COMPLETED).with(position, startedAt, at, failedAt, jobResult, error, 100, context);
        return new Job(j.id, j.parentTaskId, j.kind, j.spec, j.state, j.createdAt, j.startedAt, j.completedAt,
                j.failedAt, j.position, j.context, j.result, j.error, j.progress, deleteAfter, j.scheduledBy);
    }

    public Job fail(String reason, Instant at) {
        return moveTo(JobState.FAILED).with(position, startedAt, completedAt, at, result, reason, progress, context);
    }

    public Job cancel() {
        return moveTo(JobState.CANCELLED);
    }

    /** Back to RUNNING from FAILED or CANCELLED, at the task that stopped it. */
    public Job restart() {
        if (state != JobState.FAILED && state != JobState.CANCELLED) {
            throw new IllegalTransitionException("job is " + state + " and can not be restarted");
        }
        return moveTo(JobState.RUNNING).with(position, startedAt, completedAt, null, result, null, progress, context);
    }

    public Job withProgress(double newProgress) {
        return with(position, startedAt, completedAt, failedAt, result, error, round2(newProgress), context);
    }

    /** Job progress while the task at the current position reports {@code taskProgress} percent. */
    public double progressWithCurrentTaskAt(double taskProgress) {
        if (taskCount() == 0) return 0;
        double p = Math.max(0, Math.min(100, taskProgress));
        return round2(((position - 1) + p / 100.0) / taskCount() * 100.0);
    }

    private void requireActive(String what) {
        if (!state.isActive()) {
            throw new IllegalTransitionException("job " + id + " is " + state + ": can not " + what);
        }
    }

    private Job moveTo(JobState target) {
        if (!state.canMoveTo(target)) {
            throw new IllegalTransitionException("job " + id + " can not go from " + state + " to " + target);
        }
        return new Job(id, parentTaskId, kind, spec, target, createdAt, startedAt, completedAt, failedAt, position,
                context, result, error, progress, deleteAt, scheduledBy);
    }

    private Job with(int newPosition, Instant newStartedAt, Instant newCompletedAt, Instant newFailedAt,
                     String newResult, String newError, double newProgress, JobContext newContext) {
        return new Job(id, parentTaskId, kind, spec, state, createdAt, newStartedAt, newCompletedAt, newFailedAt,
                newPosition, newContext, newResult, newError, newProgress, deleteAt, scheduledBy);
    }

    private static double round2(double v) {
        return Math.round(v * 100.0) / 100.0;
    }
}
