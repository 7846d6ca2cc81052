package io.tork.application.coordinator;

import static io.tork.application.common.QueueNames.COMPLETED;
import static io.tork.application.common.QueueNames.JOBS;

import io.tork.application.common.Outbox;
import io.tork.application.common.TaskRenderer.RenderException;
import io.tork.application.port.out.Message.JobCommand;
import io.tork.application.port.out.Message.JobCommandType;
import io.tork.application.port.out.Message.TaskMessage;
import io.tork.domain.job.Job;
import io.tork.domain.job.JobKind;
import io.tork.domain.spec.JobSpec;
import io.tork.domain.spec.SubJobSpec;
import io.tork.domain.spec.Webhook;
import io.tork.domain.task.Task;
import io.tork.domain.task.TaskState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Launches the job a sub-job task describes. Attached: the task waits and takes the sub-job's result.
 * Detached: the task completes as soon as the sub-job is launched.
 */
final class SubJobScheduling {
    private final CoordinatorServices services;
    private final JobLifecycle jobs;

    SubJobScheduling(CoordinatorServices services, JobLifecycle jobs) {
        this.services = services;
        this.jobs = jobs;
    }

    void schedule(Job job, Task task, SubJobSpec spec, Outbox out) {
        JobSpec subSpec;
        try {
            subSpec = new JobSpec(
                    services.renderer().renderText(spec.name(), TaskPaths.prefixOf(task) + "subjob.name", job.context().asMap()),
                    spec.description(), null,
                    renderAll(spec.inputs(), TaskPaths.prefixOf(task) + "subjob.inputs", job),
                    renderAll(spec.secrets(), TaskPaths.prefixOf(task) + "subjob.secrets", job),
                    spec.tasks(), spec.output(), null,
                    renderWebhooks(spec.webhooks(), TaskPaths.prefixOf(task) + "subjob.webhooks", job), null,
                    spec.autoDelete(), null, null);
        } catch (RenderException e) {
            FailurePropagation.failTaskAndAncestors(services, task, e.getMessage());
            jobs.fail(job.id(), e.getMessage(), out);
            return;
        }
        Instant now = services.clock().instant();
        String subJobId = services.ids().newId();
        Job subJob = spec.isDetached()
                ? Job.submitted(subJobId, JobKind.JOB, subSpec, now)
                : Job.subJob(subJobId, task.id(), subSpec, now);
        var running = ConditionalUpdate.task(services.stores().tasks(), task.id(), t -> t.state() == TaskState.PENDING,
                t -> t.startCoordinating(now).toBuilder().subJobId(subJobId).build());
        if (running.isEmpty()) return;
        services.stores().jobs().create(subJob);
        out.send(JOBS, new JobCommand(subJobId, JobCommandType.START, null));
        if (spec.isDetached()) {
            out.send(COMPLETED, new TaskMessage(running.get().toBuilder().subJobId(null).build()));
        }
    }

    /** A sub-job's webhook URLs and headers are rendered in the parent job's context (reference §9.3). */
    private List<Webhook> renderWebhooks(List<Webhook> hooks, String field, Job job) throws RenderException {
        if (hooks == null) return null;
        List<Webhook> rendered = new ArrayList<>();
        for (int i = 0; i < hooks.size(); i++) {
            Webhook hook = hooks.get(i);
            String at = field + "[" + i + "]";
            rendered.add(new Webhook(services.renderer().renderText(hook.url(), at + ".url", job.context().asMap()),
                    renderAll(hook.headers(), at + ".headers", job), hook.event(), hook.condition()));
        }
        return rendered;
    }

    private Map<String, String> renderAll(Map<String, String> values, String field, Job job) throws RenderException {
        if (values == null) return null;
        Map<String, String> rendered = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : values.entrySet()) {
            rendered.put(e.getKey(), services.renderer().renderText(e.getValue(), field + "." + e.getKey(), job.context().asMap()));
        }
        return rendered;
    }
}
