package io.tork.adapters.out.datastore.inmemory;

import io.tork.application.port.out.NotFoundException;
import io.tork.application.port.out.StoreException;
import io.tork.domain.spec.TaskKind;
import io.tork.domain.task.Task;
import io.tork.domain.task.TaskState;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Task attempts, indexed by job (creation order), by parent (its CREATED children, earliest first) and by the node they are active on,
 * with a running count of RUNNING container tasks. Not thread-safe: used only under the {@link UnitOfWork}'s lock.
 */
final class TaskTable {
    /** Sorts are stable, so tasks equal on both keep their creation order. */
    static final Comparator<Task> BY_POSITION_THEN_CREATION = Comparator
            .comparingInt(Task::position)
            .thenComparing(Task::createdAt, Comparator.nullsLast(Comparator.naturalOrder()));
    private final UnitOfWork unit;
    private final JobTable jobs;
    private final Map<String, Task> byId = new HashMap<>();
    private final Map<String, List<String>> idsByJob = new HashMap<>();
    private final Map<String, Set<String>> activeIdsByNode = new HashMap<>();
    /**
     * The CREATED children of each parent, earliest first: an {@code each} over many items releases its next child
     * on every completion, and scanning all children each time would make the job quadratic in its items.
     */
    private final Map<String, WaitingChildren> waitingByParent = new HashMap<>();
    private long runningContainers;

    TaskTable(UnitOfWork unit, JobTable jobs) {
        this.unit = unit;
        this.jobs = jobs;
    }

    boolean contains(String id) {
        return byId.containsKey(id);
    }

    Optional<Task> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    void insert(Task task) {
        Objects.requireNonNull(task.id(), "a task needs an id");
        Objects.requireNonNull(task.state(), "a task needs a state");
        if (byId.containsKey(task.id())) {
            throw new StoreException("task " + task.id() + " already exists", false, null);
        }
        if (!jobs.contains(task.jobId())) {
            throw new StoreException("task " + task.id() + " belongs to job " + task.jobId()
                    + ", which does not exist", false, null);
        }
        add(task);
        unit.onRollback(() -> remove(task));
    }

    Task update(String id, UnaryOperator<Task> change) {
        Task current = byId.get(id);
        if (current == null) {
            throw new NotFoundException("task not found");
        }
        Task changed = change.apply(current);
        requireSameIdentity(current, changed);
        replace(current, changed);
        unit.onRollback(() -> replace(changed, current));
        return changed;
    }

    /** All attempts of the job, by position then creation. */
    List<Task> ofJob(String jobId) {
        List<Task> tasks = new ArrayList<>(resolve(idsByJob.get(jobId)));
        tasks.sort(BY_POSITION_THEN_CREATION);
        return tasks;
    }

    List<Task> activeOfJob(String jobId) {
        return ofJob(jobId).stream().filter(task -> task.state().isActive()).toList();
    }

    Optional<Task> nextCreatedChild(String parentId) {
        WaitingChildren waiting = waitingByParent.get(parentId);
        String first = waiting == null ? null : waiting.first(this::isWaiting);
        return first == null ? Optional.empty() : Optional.of(byId.get(first));
    }

    List<Task> activeOfNode(String nodeId) {
        return resolve(activeIdsByNode.get(nodeId));
    }

    long countRunningContainers() {
        return runningContainers;
    }

    /**
     * Deletes every task of the job; returns them. Whole lists go at once (and come back whole on a rollback):
     * taking a job's tasks out one by one from its list would cost the job's size for each.
     */
    List<Task> deleteOfJob(String jobId) {
        List<String> ids = idsByJob.remove(jobId);
        if (ids == null) return List.of();
        List<Task> deleted = resolve(ids);
        Map<String, WaitingChildren> lines = new HashMap<>();
        for (Task task : deleted) {
            forget(task);
            // children belong to their parent's job: the lines of the job's parents go whole
            WaitingChildren line = waitingByParent.remove(task.id());
            if (line != null) lines.put(task.id(), line);
        }
        unit.onRollback(() -> {
            idsByJob.put(jobId, ids);
            deleted.forEach(this::remember);
            waitingByParent.putAll(lines);
        });
        return deleted.stream().sorted(BY_POSITION_THEN_CREATION).toList();
    }

    private static void requireSameIdentity(Task current, Task changed) {
        boolean same = changed != null && changed.state() != null
                && current.id().equals(changed.id())
                && Objects.equals(current.jobId(), changed.jobId())
                && Objects.equals(current.parentId(), changed.parentId());
        if (!same) {
            throw new IllegalArgumentException("an update of task " + current.id()
                    + " must return that task, in the same job and under the same parent");
        }
    }

    private List<Task> resolve(Collection<String> ids) {
        return ids == null ? List.of() : ids.stream().map(byId::get).toList();
    }

    private void replace(Task current, Task changed) {
        byId.put(changed.id(), changed);
        unindexNode(current);
        indexNode(changed);
        // a child that stops waiting keeps its entry until the front of its line passes it
        if (isWaitingChild(changed) && !isWaitingChild(current)) indexWaitingAgain(changed);
        runningContainers += (isRunningContainer(changed) ? 1 : 0) - (isRunningContainer(current) ? 1 : 0);
    }

    private void add(Task task) {
        remember(task);
        idsByJob.computeIfAbsent(task.jobId(), k -> new ArrayList<>()).add(task.id());
        if (isWaitingChild(task)) {
            waitingByParent.computeIfAbsent(task.parentId(), k -> new WaitingChildren()).add(task.id(), task.createdAt());
        }
    }

    /** Undoes {@link #add}; the task is the newest of its lists, since undo runs newest write first. */
    private void remove(Task task) {
        forget(task);
        removeLast(idsByJob, task.jobId(), task.id());
        WaitingChildren waiting = isWaitingChild(task) ? waitingByParent.get(task.parentId()) : null;
        if (waiting != null) waiting.remove(task.id());
    }

    private void remember(Task task) {
        byId.put(task.id(), task);
        indexNode(task);
        runningContainers += isRunningContainer(task) ? 1 : 0;
    }

    private void forget(Task task) {
        byId.remove(task.id());
        unindexNode(task);
        runningContainers -= isRunningContainer(task) ? 1 : 0;
    }

    /** Only a rollback brings a task back to CREATED; its line is kept until its job goes, so its entry is found. */
    private void indexWaitingAgain(Task task) {
        waitingByParent.computeIfAbsent(task.parentId(), k -> new WaitingChildren()).waitAgain(task.id(), task.createdAt());
    }

    private boolean isWaiting(String id) {
        Task task = byId.get(id);
        return task != null && task.state() == TaskState.CREATED;
    }

    private static void removeLast(Map<String, List<String>> index, String key, String id) {
        List<String> ids = index.get(key);
        ids.remove(ids.lastIndexOf(id));
        if (ids.isEmpty()) {
            index.remove(key);
        }
    }

    private void indexNode(Task task) {
        if (isActiveOnNode(task)) {
            activeIdsByNode.computeIfAbsent(task.nodeId(), k -> new LinkedHashSet<>()).add(task.id());
        }
    }

    private void unindexNode(Task task) {
        if (isActiveOnNode(task)) {
            Set<String> ids = activeIdsByNode.get(task.nodeId());
            ids.remove(task.id());
            if (ids.isEmpty()) {
                activeIdsByNode.remove(task.nodeId());
            }
        }
    }

    private static boolean isWaitingChild(Task task) {
        return task.parentId() != null && task.state() == TaskState.CREATED;
    }

    private static boolean isActiveOnNode(Task task) {
        return task.nodeId() != null
                && (task.state() == TaskState.RUNNING || task.state() == TaskState.SCHEDULED);
    }

    private static boolean isRunningContainer(Task task) {
        return task.state() == TaskState.RUNNING
                && (task.spec() == null || task.spec().kind() instanceof TaskKind.Container);
    }
}
