package io.tork.adapters.out.datastore.postgres;

import static io.tork.adapters.out.datastore.postgres.schema.Tables.TASKS;

import io.tork.application.port.out.NotFoundException;
import io.tork.application.port.out.TaskStore;
import io.tork.domain.spec.TaskKind;
import io.tork.domain.task.Task;
import io.tork.domain.task.TaskState;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jooq.Condition;
import org.jooq.SortField;

/** Task attempts as JSONB documents, with the columns their queries filter and order by beside them. */
final class PostgresTaskStore implements TaskStore {
    private static final List<String> ACTIVE = List.of(TaskState.CREATED.name(), TaskState.PENDING.name(),
            TaskState.SCHEDULED.name(), TaskState.RUNNING.name());
    private static final List<String> ON_A_NODE = List.of(TaskState.SCHEDULED.name(), TaskState.RUNNING.name());
    private static final List<SortField<?>> BY_POSITION_THEN_CREATION =
            List.of(TASKS.POSITION.asc(), TASKS.CREATED_AT.asc(), TASKS.SEQ.asc());

    private final Database database;
    private final Documents documents;

    PostgresTaskStore(Database database, Documents documents) {
        this.database = database;
        this.documents = documents;
    }

    @Override
    public void create(Task task) {
        database.onConnection("can not create task " + task.id(), db -> db.insertInto(TASKS)
                .set(TASKS.ID, task.id())
                .set(TASKS.JOB_ID, task.jobId())
                .set(TASKS.PARENT_ID, task.parentId())
                .set(TASKS.POSITION, task.position())
                .set(TASKS.STATE, task.state().name())
                .set(TASKS.NODE_ID, task.nodeId())
                .set(TASKS.CONTAINER, runsAContainer(task))
                .set(TASKS.CREATED_AT, Timestamps.utc(task.createdAt()))
                .set(TASKS.DOC, documents.write(task))
                .execute());
    }

    @Override
    public Optional<Task> find(String id) {
        return database.onConnection("can not read task " + id, db -> db.select(TASKS.DOC).from(TASKS)
                .where(TASKS.ID.eq(id))
                .fetchOptional(TASKS.DOC)
                .map(doc -> documents.read(doc, Task.class)));
    }

    @Override
    public Task update(String id, UnaryOperator<Task> change) {
        // the row lock serializes concurrent updates; NO KEY UPDATE since the id never changes, so inserting rows
        // that reference this one is not blocked meanwhile
        return database.inTransaction("can not update task " + id, db -> {
            Task current = db.select(TASKS.DOC).from(TASKS).where(TASKS.ID.eq(id)).forNoKeyUpdate()
                    .fetchOptional(TASKS.DOC)
                    .map(doc -> documents.read(doc, Task.class))
                    .orElseThrow(() -> new NotFoundException("task not found"));
            Task changed = change.apply(current);
            // a conditional update that did not apply returns the record as it was: nothing to write
            if (changed == current) return current;
            db.update(TASKS)
                    .set(TASKS.POSITION, changed.position())
                    .set(TASKS.STATE, changed.state().name())
                    .set(TASKS.NODE_ID, changed.nodeId())
                    .set(TASKS.CONTAINER, runsAContainer(changed))
                    .set(TASKS.DOC, documents.write(changed))
                    .where(TASKS.ID.eq(id))
                    .execute();
            return changed;
        });
    }

    @Override
    public List<Task> tasksOfJob(String jobId) {
        return list("can not list the tasks of job " + jobId, TASKS.JOB_ID.eq(jobId));
    }

    @Override
    public List<Task> activeTasksOfJob(String jobId) {
        return list("can not list the active tasks of job " + jobId,
                TASKS.JOB_ID.eq(jobId).and(TASKS.STATE.in(ACTIVE)));
    }

    @Override
    public Optional<Task> nextCreatedChild(String parentId) {
        return database.onConnection("can not find the next child of task " + parentId, db -> db.select(TASKS.DOC)
                .from(TASKS)
                .where(TASKS.PARENT_ID.eq(parentId).and(TASKS.STATE.eq(TaskState.CREATED.name())))
                .orderBy(TASKS.CREATED_AT.asc(), TASKS.SEQ.asc())
                .limit(1)
                .fetchOptional(TASKS.DOC)
                .map(doc -> documents.read(doc, Task.class)));
    }

    @Override
    public long countRunning() {
        return database.onConnection("can not count running tasks", db -> (long) db.fetchCount(TASKS,
                TASKS.STATE.eq(TaskState.RUNNING.name()).and(TASKS.CONTAINER.isTrue())));
    }

    @Override
    public List<Task> activeTasksOfNode(String nodeId) {
        return list("can not list the tasks of node " + nodeId,
                TASKS.NODE_ID.eq(nodeId).and(TASKS.STATE.in(ON_A_NODE)));
    }

    private List<Task> list(String action, Condition condition) {
        return database.onConnection(action, db -> db.select(TASKS.DOC).from(TASKS).where(condition)
                .orderBy(BY_POSITION_THEN_CREATION)
                .fetch(TASKS.DOC).stream()
                .map(doc -> documents.read(doc, Task.class))
                .toList());
    }

    private static boolean runsAContainer(Task task) {
        return task.spec() == null || task.spec().kind() instanceof TaskKind.Container;
    }
}
