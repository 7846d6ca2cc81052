package io.tork.adapters.in.web.view;

import io.tork.domain.job.Job;
import io.tork.domain.spec.TaskSpec;
import io.tork.domain.task.Task;
import io.tork.domain.task.TaskState;
import java.util.List;

/**
 * The seed API's single task (SPEC §3): internally a one-task job, publicly a task whose id is the job's id.
 * The latest attempt supplies the task's fields; the job decides its state, result and error, because the job
 * outlives any one attempt.
 */
public final class SeedTaskView {
    private SeedTaskView() {
    }

    public static TaskView of(Job job, List<Task> execution) {
        Task latest = execution.isEmpty() ? null : execution.getLast();
        TaskView base = latest != null ? TaskView.of(latest) : TaskView.ofDefinition(firstDefinition(job));
        String result = job.result() != null ? job.result() : latest == null ? null : latest.result();
        String error = job.error() != null ? job.error() : latest == null ? null : latest.error();
        return base.asSeedTask(job.id(), state(job, latest), result, error, job.createdAt(),
                latest != null && latest.startedAt() != null ? latest.startedAt() : job.startedAt(),
                job.completedAt() != null ? job.completedAt() : latest == null ? null : latest.completedAt(),
                job.failedAt() != null ? job.failedAt() : latest == null ? null : latest.failedAt());
    }

    private static String state(Job job, Task latest) {
        return switch (job.state()) {
            case PENDING, SCHEDULED -> latest == null || latest.state() == TaskState.CREATED
                    ? TaskState.PENDING.name() : latest.state().name();
            case RUNNING -> TaskState.RUNNING.name();
            case COMPLETED -> TaskState.COMPLETED.name();
            case FAILED -> TaskState.FAILED.name();
            case CANCELLED -> TaskState.CANCELLED.name();
        };
    }

    private static TaskSpec firstDefinition(Job job) {
        List<TaskSpec> tasks = job.spec().tasks();
        return tasks == null || tasks.isEmpty() ? TaskSpec.builder().build() : tasks.getFirst();
    }
}
