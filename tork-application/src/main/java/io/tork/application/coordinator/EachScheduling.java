package io.tork.application.coordinator;

import static io.tork.application.common.QueueNames.COMPLETED;
import static io.tork.application.common.QueueNames.PENDING;

import io.tork.application.common.Outbox;
import io.tork.application.common.TaskRenderer.RenderException;
import io.tork.application.port.out.Message.TaskMessage;
import io.tork.domain.job.Job;
import io.tork.domain.spec.EachSpec;
import io.tork.domain.task.EachProgress;
import io.tork.domain.task.Task;
import io.tork.domain.task.TaskState;
import java.lang.reflect.Array;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Expands an {@code each} task: one child per list element, the first {@code concurrency} of them started
 * and the rest waiting in CREATED, released in index order as siblings finish. An empty list completes at once.
 */
final class EachScheduling {
    private final CoordinatorServices services;
    private final TaskFactory tasks;
    private final JobLifecycle jobs;

    EachScheduling(CoordinatorServices services, TaskFactory tasks, JobLifecycle jobs) {
        this.services = services;
        this.tasks = tasks;
        this.jobs = jobs;
    }

    void schedule(Job job, Task parent, EachSpec spec, Outbox out) {
        List<?> items;
        try {
            items = asList(services.renderer().evaluate(spec.list(), TaskPaths.prefixOf(parent) + "each.list", job.context().asMap()));
        } catch (RenderException e) {
            failParent(job, parent, e.getMessage(), out);
            return;
        }
        if (items == null) {
            failParent(job, parent, TaskPaths.prefixOf(parent) + "each.list: '" + spec.list() + "' does not evaluate to a list", out);
            return;
        }
        int window = spec.concurrencyOrUnlimited() == 0 ? items.size() : Math.min(items.size(), spec.concurrencyOrUnlimited());
        Instant now = services.clock().instant();
        var running = ConditionalUpdate.task(services.stores().tasks(), parent.id(), t -> t.state() == TaskState.PENDING,
                t -> t.startCoordinating(now).toBuilder().each(new EachProgress(items.size(), 0, window)).build());
        if (running.isEmpty()) return;
        if (items.isEmpty()) {
            out.send(COMPLETED, new TaskMessage(running.get()));
            return;
        }
        List<Task> children = new ArrayList<>(items.size());
        String path = TaskPaths.prefixOf(parent) + "each.task";
        Map<String, Object> jobContext = job.context().asMap();
        for (int i = 0; i < items.size(); i++) {
            Task child = tasks.child(job, parent, spec.task(), path, contextFor(jobContext, spec, i, items.get(i)), now);
            if (child.state() == TaskState.FAILED) {
                services.stores().tasks().create(child);
                failParent(job, parent, child.error(), out);
                return;
            }
            children.add(i < window ? child : child.toBuilder().state(TaskState.CREATED).build());
        }
        for (Task child : children) {
            services.stores().tasks().create(child);
            if (child.state() == TaskState.PENDING) out.send(PENDING, new TaskMessage(child));
        }
    }

    /** The job's context plus the loop variable; the job's part is made once for all the children. */
    private static Map<String, Object> contextFor(Map<String, Object> jobContext, EachSpec spec, int index, Object value) {
        Map<String, Object> context = new LinkedHashMap<>(jobContext.size() * 2 + 2);
        context.putAll(jobContext);
        Map<String, Object> item = new LinkedHashMap<>(4);
        item.put("index", index);
        item.put("value", value);
        context.put(spec.varOrDefault(), item);
        return context;
    }

    private void failParent(Job job, Task parent, String error, Outbox out) {
        FailurePropagation.failTaskAndAncestors(services, parent, error);
        jobs.fail(job.id(), error, out);
    }

    private static List<?> asList(Object value) {
        if (value instanceof List<?> list) return list;
        if (value != null && value.getClass().isArray()) {
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) items.add(Array.get(value, i));
            return items;
        }
        return null;
    }
}
