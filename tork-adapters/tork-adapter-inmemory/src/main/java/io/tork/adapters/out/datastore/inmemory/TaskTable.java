package io.tork.adapters.out.datastore.inmemory;

import io.tork.application.port.out.NotFoundException;
import io.tork.application.port.out.StoreException;
import io.tork.domain.spec.TaskKind;
import io.tork.domain.task.Task;
import io.tork.domain.task.TaskState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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
    private static final Comparator<Instant> EARLIEST_FIRST = Comparator.nullsLast(Comparator.naturalOrder());

    private final UnitOfWork unit;
    private final JobTable jobs;
    private final Map<String, Task> byId = new HashMap<>();
    private final Map<String, List<String>> idsByJob = new HashMap<>();
    private final Map<String, Set<String>> activeIdsByNode = new HashMap<>();
    /**
     * The CREATED children of each parent, earliest first: an {@code each} over many items releases its next child
     * on every completion, and scanning all children each time would make the job quadratic in its items.
     */
    private final Map<String, NavigableSet<Waiting>> createdByParent = new HashMap<>();
    /** Creation order, which breaks ties between equal creation instants. */
    private final Map<String, Long> creationOrder = new HashMap<>();
    private long created;
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
        NavigableSet<Waiting> waiting = createdByParent.get(parentId);
        return waiting == null || waiting.isEmpty() ? Optional.empty() : Optional.of(byId.get(waiting.first().id()));
    }

    List<Task> activeOfNode(String nodeId) {
        return resolve(activeIdsByNode.get(nodeId));
    }

    long countRunningContainers() {
        return runningContainers;
    }

    /** Deletes every task of the job; returns them. */
    List<Task> deleteOfJob(String jobId) {
        List<Task> deleted = ofJob(jobId);
        for (Task task : deleted) {
            remove(task);
            unit.onRollback(() -> add(task));
        }
        return deleted;
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
        unindexCreated(current);
        indexCreated(changed);
        runningContainers += (isRunningContainer(changed) ? 1 : 0) - (isRunningContainer(current) ? 1 : 0);
    }

    private void add(Task task) {
        byId.put(task.id(), task);
        idsByJob.computeIfAbsent(task.jobId(), k -> new ArrayList<>()).add(task.id());
        indexNode(task);
        creationOrder.put(task.id(), created++);
        indexCreated(task);
        runningContainers += isRunningContainer(task) ? 1 : 0;
    }

    /** Undoes {@link #add}; the task is the newest of its lists, since undo runs newest write first. */
    private void remove(Task task) {
        byId.remove(task.id());
        removeLast(idsByJob, task.jobId(), task.id());
        unindexNode(task);
        unindexCreated(task);
        creationOrder.remove(task.id());
        runningContainers -= isRunningContainer(task) ? 1 : 0;
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

    private void indexCreated(Task task) {
        if (task.parentId() != null && task.state() == TaskState.CREATED) {
            createdByParent.computeIfAbsent(task.parentId(), k -> new TreeSet<>(WAITING_ORDER)).add(waiting(task));
        }
    }

    private void unindexCreated(Task task) {
        if (task.parentId() != null && task.state() == TaskState.CREATED) {
            NavigableSet<Waiting> waiting = createdByParent.get(task.parentId());
            waiting.remove(waiting(task));
            if (waiting.isEmpty()) {
                createdByParent.remove(task.parentId());
            }
        }
    }

    private Waiting waiting(Task task) {
        return new Waiting(task.createdAt(), creationOrder.get(task.id()), task.id());
    }

    /** A CREATED child in its parent's queue: earliest creation instant first, then creation order. */
    private record Waiting(Instant createdAt, long order, String id) {
    }

    private static final Comparator<Waiting> WAITING_ORDER = Comparator
            .comparing(Waiting::createdAt, EARLIEST_FIRST)
            .thenComparingLong(Waiting::order);

    private static boolean isActiveOnNode(Task task) {
        return task.nodeId() != null
                && (task.state() == TaskState.RUNNING || task.state() == TaskState.SCHEDULED);
    }

    private static boolean isRunningContainer(Task task) {
        return task.state() == TaskState.RUNNING
                && (task.spec() == null || task.spec().kind() instanceof TaskKind.Container);
    }
}
