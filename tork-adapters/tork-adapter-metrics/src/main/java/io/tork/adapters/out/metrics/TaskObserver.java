package io.tork.adapters.out.metrics;

import io.tork.application.common.Steps;
import io.tork.application.port.out.TaskStore;
import io.tork.domain.task.Task;
import java.lang.reflect.Method;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/** Watches a task store: every stored change of state goes to {@link TaskMeters} once it is committed. */
final class TaskObserver implements Interception.Interceptor {
    private final TaskStore inner;
    private final TaskMeters meters;
    private final AfterCommit afterCommit;

    private TaskObserver(TaskStore inner, TaskMeters meters, AfterCommit afterCommit) {
        this.inner = inner;
        this.meters = meters;
        this.afterCommit = afterCommit;
    }

    static TaskStore observe(TaskStore inner, TaskMeters meters, AfterCommit afterCommit) {
        return Interception.of(TaskStore.class, inner, new TaskObserver(inner, meters, afterCommit));
    }

    @Override
    public Object intercept(Method method, Object[] args, Interception.Proceed proceed) throws Throwable {
        if (Interception.is(method, "create", 1) && args[0] instanceof Task task) {
            Optional<Task> replaced = task.attempt() > 1 ? previousAttempt(task) : Optional.empty();
            Object result = proceed.with(args);
            afterCommit.record(() -> meters.created(task, replaced));
            return result;
        }
        if (Interception.is(method, "createScheduled", 2) && args[0] instanceof Task created
                && args[1] instanceof Task scheduled) {
            Optional<Task> replaced = created.attempt() > 1 ? previousAttempt(created) : Optional.empty();
            Object result = proceed.with(args);
            afterCommit.record(() -> {
                meters.created(created, replaced);
                meters.moved(created, scheduled);
            });
            return result;
        }
        if (Interception.is(method, "update", 2) && args[1] instanceof Steps<?> steps) {
            // a change made of steps is counted as each step, as if each had been stored
            Object after = proceed.with(args);
            steps.forEachChange((from, to) -> {
                Task before = (Task) from;
                Task changed = (Task) to;
                if (before.state() != changed.state()) afterCommit.record(() -> meters.moved(before, changed));
            });
            return after;
        }
        if (Interception.is(method, "update", 2) && args[1] instanceof UnaryOperator<?> change) {
            @SuppressWarnings("unchecked")
            UnaryOperator<Task> taskChange = (UnaryOperator<Task>) change;
            // the change may run more than once; the last run is the one stored
            AtomicReference<Task> before = new AtomicReference<>();
            UnaryOperator<Task> watched = task -> {
                before.set(task);
                return taskChange.apply(task);
            };
            Task after = (Task) proceed.with(new Object[] {args[0], watched});
            Task previous = before.get();
            if (previous != null && after != null && previous.state() != after.state()) {
                afterCommit.record(() -> meters.moved(previous, after));
            }
            return after;
        }
        return proceed.with(args);
    }

    /** The ended attempt a new attempt replaces: same job, parent and position, numbered one lower. */
    private Optional<Task> previousAttempt(Task next) {
        return inner.tasksOfJob(next.jobId()).stream()
                .filter(t -> t.attempt() == next.attempt() - 1 && t.position() == next.position())
                .filter(t -> Objects.equals(t.parentId(), next.parentId()))
                .filter(t -> t.state().isTerminal())
                .reduce((first, second) -> second);
    }
}
