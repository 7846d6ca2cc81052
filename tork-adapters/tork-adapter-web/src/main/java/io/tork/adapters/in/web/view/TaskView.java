package io.tork.adapters.in.web.view;

import static io.tork.adapters.in.web.view.SpecViews.mapAll;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.tork.adapters.in.web.view.SpecViews.AutoDeleteView;
import io.tork.adapters.in.web.view.SpecViews.RetryView;
import io.tork.adapters.in.web.view.SpecViews.WebhookView;
import io.tork.domain.spec.EachSpec;
import io.tork.domain.spec.ParallelSpec;
import io.tork.domain.spec.SubJobSpec;
import io.tork.domain.spec.TaskSpec;
import io.tork.domain.task.EachProgress;
import io.tork.domain.task.Task;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The Task JSON of the reference (§2.6): one attempt at a task, or (with only its definition filled in) a task
 * as written in a job. Empty fields are left out.
 */
public record TaskView(
        String id,
        String jobId,
        String parentId,
        int position,
        String state,
        Instant createdAt,
        Instant scheduledAt,
        Instant startedAt,
        Instant completedAt,
        Instant failedAt,
        String nodeId,
        String error,
        String result,
        double progress,
        RetryView retry,
        ParallelView parallel,
        EachView each,
        SubJobView subjob,
        @JsonUnwrapped TaskDefinitionView definition) {

    public static TaskView of(Task t) {
        TaskSpec s = t.spec() == null ? TaskSpec.builder().build() : t.spec();
        return new TaskView(t.id(), t.jobId(), t.parentId(), t.position(), t.state().name(), t.createdAt(),
                t.scheduledAt(), t.startedAt(), t.completedAt(), t.failedAt(), t.nodeId(), t.error(), t.result(),
                t.progress(), RetryView.of(s.retry(), t.attempt()),
                ParallelView.of(s.parallel(), t.parallelCompletions()), EachView.of(s.each(), t.each()),
                SubJobView.of(s.subjob(), t.subJobId()), TaskDefinitionView.of(s));
    }

    /** A task as written in a job document, before any attempt at it. */
    public static TaskView ofDefinition(TaskSpec s) {
        return new TaskView(null, null, null, 0, null, null, null, null, null, null, null, null, null, 0,
                RetryView.of(s.retry(), 1), ParallelView.of(s.parallel(), 0), EachView.of(s.each(), null),
                SubJobView.of(s.subjob(), null), TaskDefinitionView.of(s));
    }

    /** The same view with the fields the seed API decides replaced. */
    public TaskView asSeedTask(String publicId, String seedState, String seedResult, String seedError,
                               Instant seedCreatedAt, Instant seedStartedAt, Instant seedCompletedAt,
                               Instant seedFailedAt) {
        return new TaskView(publicId, publicId, parentId, position, seedState, seedCreatedAt, scheduledAt,
                seedStartedAt, seedCompletedAt, seedFailedAt, nodeId, seedError, seedResult, progress, retry,
                parallel, each, subjob, definition);
    }

    public record ParallelView(List<TaskView> tasks, int completions) {
        static ParallelView of(ParallelSpec p, int completions) {
            return p == null ? null : new ParallelView(mapAll(p.tasks(), TaskView::ofDefinition), completions);
        }
    }

    public record EachView(String var, String list, TaskView task, int size, int completions, Integer concurrency) {
        static EachView of(EachSpec e, EachProgress progress) {
            if (e == null) return null;
            return new EachView(e.var(), e.list(), e.task() == null ? null : ofDefinition(e.task()),
                    progress == null ? 0 : progress.size(), progress == null ? 0 : progress.completions(),
                    e.concurrency());
        }
    }

    public record SubJobView(String id, String name, String description, List<TaskView> tasks,
                             Map<String, String> inputs, Map<String, String> secrets, AutoDeleteView autoDelete,
                             String output, Boolean detached, List<WebhookView> webhooks) {
        static SubJobView of(SubJobSpec s, String subJobId) {
            if (s == null) return null;
            return new SubJobView(subJobId, s.name(), s.description(), mapAll(s.tasks(), TaskView::ofDefinition),
                    s.inputs(), s.secrets(), AutoDeleteView.of(s.autoDelete()), s.output(), s.detached(),
                    mapAll(s.webhooks(), WebhookView::of));
        }
    }
}
