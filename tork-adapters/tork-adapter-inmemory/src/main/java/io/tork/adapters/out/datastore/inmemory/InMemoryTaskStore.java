package io.tork.adapters.out.datastore.inmemory;

import io.tork.application.port.out.TaskStore;
import io.tork.domain.task.Task;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** {@link TaskStore} over the shared {@link TaskTable}; {@code change} runs exactly once, under the lock. */
final class InMemoryTaskStore implements TaskStore {
    private final UnitOfWork unit;
    private final TaskTable tasks;

    InMemoryTaskStore(UnitOfWork unit, TaskTable tasks) {
        this.unit = unit;
        this.tasks = tasks;
    }

    @Override
    public void create(Task task) {
        Objects.requireNonNull(task, "task");
        unit.run(() -> tasks.insert(task));
    }

    @Override
    public Optional<Task> find(String id) {
        return unit.read(() -> tasks.find(id));
    }

    @Override
    public Task update(String id, UnaryOperator<Task> change) {
        Objects.requireNonNull(change, "change");
        return unit.write(() -> tasks.update(id, change));
    }

    @Override
    public List<Task> tasksOfJob(String jobId) {
        return unit.read(() -> tasks.ofJob(jobId));
    }

    @Override
    public List<Task> activeTasksOfJob(String jobId) {
        return unit.read(() -> tasks.activeOfJob(jobId));
    }

    @Override
    public Optional<Task> nextCreatedChild(String parentId) {
        return unit.read(() -> tasks.nextCreatedChild(parentId));
    }

    @Override
    public long countRunning() {
        return unit.read(tasks::countRunningContainers);
    }

    @Override
    public List<Task> activeTasksOfNode(String nodeId) {
        return unit.read(() -> tasks.activeOfNode(nodeId));
    }
}
