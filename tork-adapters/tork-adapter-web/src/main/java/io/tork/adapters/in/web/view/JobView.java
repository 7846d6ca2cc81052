package io.tork.adapters.in.web.view;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS;
import static io.tork.adapters.in.web.view.SpecViews.mapAll;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.tork.adapters.in.web.view.SpecViews.AutoDeleteView;
import io.tork.adapters.in.web.view.SpecViews.DefaultsView;
import io.tork.adapters.in.web.view.SpecViews.PermissionView;
import io.tork.adapters.in.web.view.SpecViews.WebhookView;
import io.tork.domain.job.Job;
import io.tork.domain.job.JobContext;
import io.tork.domain.spec.JobSpec;
import io.tork.domain.task.Task;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The full Job JSON (reference §2.6): {@code tasks} are the definitions as submitted, {@code execution} every
 * attempt at every task. {@code createdAt}, {@code tasks}, {@code execution}, {@code position} and {@code context}
 * are always present.
 */
public record JobView(
        String id,
        String parentId,
        String name,
        String description,
        List<String> tags,
        String state,
        @JsonInclude(ALWAYS) Instant createdAt,
        Instant startedAt,
        Instant completedAt,
        Instant failedAt,
        @JsonInclude(ALWAYS) List<TaskView> tasks,
        @JsonInclude(ALWAYS) List<TaskView> execution,
        @JsonInclude(ALWAYS) int position,
        Map<String, String> inputs,
        @JsonInclude(ALWAYS) ContextView context,
        int taskCount,
        String output,
        String result,
        String error,
        DefaultsView defaults,
        List<WebhookView> webhooks,
        List<PermissionView> permissions,
        AutoDeleteView autoDelete,
        Instant deleteAt,
        Map<String, String> secrets,
        double progress,
        String timeout,
        JobScheduleView schedule) {

    public static JobView of(Job job, List<Task> execution) {
        JobSpec spec = job.spec();
        List<TaskView> definitions = spec.tasks() == null ? List.of() : mapAll(spec.tasks(), TaskView::ofDefinition);
        return new JobView(job.id(), job.parentTaskId(), spec.name(), spec.description(), spec.tags(),
                job.state().name(), job.createdAt(), job.startedAt(), job.completedAt(), job.failedAt(),
                definitions, execution.stream().map(TaskView::of).toList(), job.position(), spec.inputs(),
                ContextView.of(job.context()), job.taskCount(), spec.output(), job.result(), job.error(),
                DefaultsView.of(spec.defaults()), mapAll(spec.webhooks(), WebhookView::of),
                mapAll(spec.permissions(), PermissionView::of), AutoDeleteView.of(spec.autoDelete()), job.deleteAt(),
                spec.secrets(), job.progress(), spec.timeout(), JobScheduleView.of(job.scheduledBy()));
    }

    /** What a job's expressions can see; always an object, possibly {@code {}}. */
    public record ContextView(Map<String, String> inputs, Map<String, String> secrets, Map<String, String> tasks,
                              Map<String, String> job) {
        static ContextView of(JobContext c) {
            return c == null ? new ContextView(null, null, null, null)
                    : new ContextView(c.inputs(), c.secrets(), c.tasks(), c.job());
        }
    }
}
