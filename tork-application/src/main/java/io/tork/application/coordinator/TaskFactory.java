package io.tork.application.coordinator;

import io.tork.application.common.TaskRenderer.RenderException;
import io.tork.domain.job.Job;
import io.tork.domain.spec.TaskSpec;
import io.tork.domain.task.Task;
import io.tork.domain.task.TaskState;
import java.time.Instant;
import java.util.Map;

/** Makes new task attempts from their definitions, templates rendered against the job's current context. */
final class TaskFactory {
    private final CoordinatorServices services;

    TaskFactory(CoordinatorServices services) {
        this.services = services;
    }

    /**
     * The top-level task at the job's current position, PENDING; or FAILED with the rendering error when a
     * template does not evaluate (the caller then fails the job).
     */
    Task topLevel(Job job) {
        int position = job.position();
        TaskSpec definition = job.spec().tasks().get(position - 1);
        Task task = fromDefinition(job, null, position, definition, "tasks[" + (position - 1) + "]", job.context().asMap(),
                services.clock().instant());
        return job.kind() == io.tork.domain.job.JobKind.SINGLE_TASK ? task.toBuilder().stdoutAsResult(true).build() : task;
    }

    Task child(Job job, Task parent, TaskSpec definition, String path, Map<String, Object> context) {
        return child(job, parent, definition, path, context, services.clock().instant());
    }

    /** A child created {@code at} a given instant: the children of one {@code each} share theirs. */
    Task child(Job job, Task parent, TaskSpec definition, String path, Map<String, Object> context, Instant at) {
        return fromDefinition(job, parent.id(), parent.position(), definition, path, context, at);
    }

    private Task fromDefinition(Job job, String parentId, int position, TaskSpec definition, String path,
                                Map<String, Object> context, Instant now) {
        String id = services.ids().newId();
        try {
            TaskSpec rendered = services.renderer().render(definition, path, context);
            return Task.pending(id, job.id(), parentId, position, rendered, now);
        } catch (RenderException e) {
            return Task.pending(id, job.id(), parentId, position, definition, now).toBuilder()
                    .state(TaskState.FAILED).error(e.getMessage()).failedAt(now).build();
        }
    }
}
