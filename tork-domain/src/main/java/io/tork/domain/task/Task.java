package io.tork.domain.task;

import io.tork.domain.common.IllegalTransitionException;
import io.tork.domain.spec.TaskSpec;
import java.time.Instant;

/**
 * One attempt at one task of a job. Immutable; transitions return a new value and refuse moves that
 * {@link TaskState} does not allow, so a finished attempt never comes back to life.
 *
 * @param position       the top-level position in the job this task belongs to (children share their parent's)
 * @param attempt        1 for the first attempt; a retry or a recovery after a lost worker is a new attempt
 * @param spec           the task's definition with its templates rendered
 * @param notBefore      a retry waiting out its back-off is not scheduled before this instant
 * @param stdoutAsResult when nothing is written to {@code $TORK_OUTPUT}, the result is the standard output
 */
public record Task(
        String id,
        String jobId,
        String parentId,
        int position,
        TaskState state,
        Instant createdAt,
        Instant scheduledAt,
        Instant startedAt,
        Instant completedAt,
        Instant failedAt,
        String nodeId,
        String result,
        String error,
        int attempt,
        double progress,
        TaskSpec spec,
        int parallelCompletions,
        EachProgress each,
        String subJobId,
        Instant notBefore,
        boolean stdoutAsResult) {

    public static Task created(String id, String jobId, String parentId, int position, TaskSpec spec, Instant at) {
        return new Task(id, jobId, parentId, position, TaskState.CREATED, at, null, null, null, null, null, null,
                null, 1, 0, spec, 0, null, null, null, false);
    }

    public static Task pending(String id, String jobId, String parentId, int position, TaskSpec spec, Instant at) {
        return new Task(id, jobId, parentId, position, TaskState.PENDING, at, null, null, null, null, null, null,
                null, 1, 0, spec, 0, null, null, null, false);
    }

    public boolean isChild() {
        return parentId != null;
    }

    /** Ready to be scheduled onto {@code queue}, with its effective settings in {@code effectiveSpec}. */
    public Task schedule(TaskSpec effectiveSpec, Instant at) {
        return moveTo(TaskState.SCHEDULED).spec(effectiveSpec).scheduledAt(at).build();
    }

    /** A composite task started coordinating its children. */
    public Task startCoordinating(Instant at) {
        return moveTo(TaskState.RUNNING).scheduledAt(at).startedAt(at).build();
    }

    public Task start(String node, Instant at) {
        return moveTo(TaskState.RUNNING).nodeId(node).startedAt(at).build();
    }

    public Task complete(String taskResult, Instant at) {
        if (state == TaskState.COMPLETED) {
            throw new IllegalTransitionException("task " + id + " is already COMPLETED");
        }
        return moveTo(TaskState.COMPLETED).result(taskResult).completedAt(at).progress(100).build();
    }

    public Task fail(String reason, Instant at) {
        return moveTo(TaskState.FAILED).error(reason).failedAt(at).build();
    }

    public Task cancel(Instant at) {
        return moveTo(TaskState.CANCELLED).completedAt(at).build();
    }

    public Task skip(Instant at) {
        return moveTo(TaskState.SKIPPED).scheduledAt(at).startedAt(at).completedAt(at).build();
    }

    public Task release() {
        return moveTo(TaskState.PENDING).build();
    }

    /** A fresh attempt at this task, the failed one staying in the job's history. */
    public Task nextAttempt(String newId, TaskSpec renderedSpec, Instant at, Instant notBeforeAt) {
        return new Task(newId, jobId, parentId, position, TaskState.PENDING, at, null, null, null, null, null, null,
                null, attempt + 1, 0, renderedSpec, 0, null, null, notBeforeAt, stdoutAsResult);
    }

    public Task withProgress(double p) {
        return toBuilder().progress(Math.max(0, Math.min(100, p))).build();
    }

    /** A copy in {@code target}, to be completed by the transition: one copy per transition, not two. */
    private Builder moveTo(TaskState target) {
        if (!state.canMoveTo(target)) {
            throw new IllegalTransitionException("task " + id + " can not go from " + state + " to " + target);
        }
        return toBuilder().state(target);
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Copy-and-change; transitions above are the intended way to move a task, this is for fields. */
    public static final class Builder {
        private String id, jobId, parentId, nodeId, result, error, subJobId;
        private int position, attempt, parallelCompletions;
        private TaskState state;
        private Instant createdAt, scheduledAt, startedAt, completedAt, failedAt, notBefore;
        private double progress;
        private TaskSpec spec;
        private EachProgress each;
        private boolean stdoutAsResult;

        private Builder(Task t) {
            id = t.id; jobId = t.jobId; parentId = t.parentId; position = t.position; state = t.state;
            createdAt = t.createdAt; scheduledAt = t.scheduledAt; startedAt = t.startedAt;
            completedAt = t.completedAt; failedAt = t.failedAt; nodeId = t.nodeId; result = t.result;
            error = t.error; attempt = t.attempt; progress = t.progress; spec = t.spec;
            parallelCompletions = t.parallelCompletions; each = t.each; subJobId = t.subJobId;
            notBefore = t.notBefore; stdoutAsResult = t.stdoutAsResult;
        }

        public Builder id(String v) { id = v; return this; }
        public Builder state(TaskState v) { state = v; return this; }
        public Builder scheduledAt(Instant v) { scheduledAt = v; return this; }
        public Builder startedAt(Instant v) { startedAt = v; return this; }
        public Builder completedAt(Instant v) { completedAt = v; return this; }
        public Builder failedAt(Instant v) { failedAt = v; return this; }
        public Builder nodeId(String v) { nodeId = v; return this; }
        public Builder result(String v) { result = v; return this; }
        public Builder error(String v) { error = v; return this; }
        public Builder attempt(int v) { attempt = v; return this; }
        public Builder progress(double v) { progress = v; return this; }
        public Builder spec(TaskSpec v) { spec = v; return this; }
        public Builder parallelCompletions(int v) { parallelCompletions = v; return this; }
        public Builder each(EachProgress v) { each = v; return this; }
        public Builder subJobId(String v) { subJobId = v; return this; }
        public Builder notBefore(Instant v) { notBefore = v; return this; }
        public Builder stdoutAsResult(boolean v) { stdoutAsResult = v; return this; }

        public Task build() {
            return new Task(id, jobId, parentId, position, state, createdAt, scheduledAt, startedAt, completedAt,
                    failedAt, nodeId, result, error, attempt, progress, spec, parallelCompletions, each, subJobId,
                    notBefore, stdoutAsResult);
        }
    }
}
