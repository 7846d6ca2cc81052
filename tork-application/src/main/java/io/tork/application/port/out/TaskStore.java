package io.tork.application.port.out;

import io.tork.domain.task.Task;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Where task attempts are kept. */
public interface TaskStore {
    void create(Task task);

    /**
     * Stores a new task in its state {@code scheduled}, which it reached from {@code created} without being stored
     * in between (a container task scheduled in the transaction that creates it). Stores keep only
     * {@code scheduled}; decorators that report stored changes report both.
     */
    default void createScheduled(Task created, Task scheduled) {
        create(scheduled);
    }

    Optional<Task> find(String id);

    /**
     * Reads the task, applies {@code change}, stores the result, atomically with respect to other updates of the
     * same task. {@code change} may be called more than once and must not have side effects.
     *
     * @throws NotFoundException when there is no such task
     */
    Task update(String id, UnaryOperator<Task> change);

    /** Every task of the job (all attempts, children included), by position then creation. */
    List<Task> tasksOfJob(String jobId);

    /** The job's tasks that are CREATED, PENDING, SCHEDULED or RUNNING, by position then creation. */
    List<Task> activeTasksOfJob(String jobId);

    /** The earliest created child of {@code parentId} still in CREATED (each-children wait there in index order). */
    Optional<Task> nextCreatedChild(String parentId);

    /** How many container tasks are RUNNING right now. */
    long countRunning();

    /** Tasks RUNNING or SCHEDULED on the given worker node. */
    List<Task> activeTasksOfNode(String nodeId);
}
