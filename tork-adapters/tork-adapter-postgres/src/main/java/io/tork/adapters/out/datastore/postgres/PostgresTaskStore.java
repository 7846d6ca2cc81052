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

    // the statements every task runs, written out rather than rendered by jOOQ each time (see Database.onJdbc)
    private static final String INSERT = "INSERT INTO tasks (id, job_id, parent_id, position, state, node_id, "
            + "container, created_at, doc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)";
    private static final String FIND = "SELECT doc FROM tasks WHERE id = ?";
    private static final String LOCK = "SELECT doc FROM tasks WHERE id = ? FOR NO KEY UPDATE";
    private static final String UPDATE = "UPDATE tasks SET position = ?, state = ?, node_id = ?, container = ?, "
            + "doc = ?::jsonb WHERE id = ?";

    private final Database database;
    private final Documents documents;

    PostgresTaskStore(Database database, Documents documents) {
        this.database = database;
        this.documents = documents;
    }

    @Override
    public void create(Task task) {
        String doc = documents.json(task);
        database.write("can not create task " + task.id(), INSERT, row -> row
                .text(task.id())
                .text(task.jobId())
                .text(task.parentId())
                .number(task.position())
                .text(task.state().name())
                .text(task.nodeId())
                .flag(runsAContainer(task))
                .instant(task.createdAt())
                .text(doc));
    }

    @Override
    public Optional<Task> find(String id) {
        return Optional.ofNullable(database.textById("can not read task " + id, FIND, id))
                .map(doc -> documents.read(doc, Task.class));
    }

    @Override
    public Task update(String id, UnaryOperator<Task> change) {
        // the row lock serializes concurrent updates; NO KEY UPDATE since the id never changes, so inserting rows
        // that reference this one is not blocked meanwhile
        String action = "can not update task " + id;
        return database.inTransaction(action, db -> {
            String doc = database.textById(action, LOCK, id);
            if (doc == null) throw new NotFoundException("task not found");
            Task current = documents.read(doc, Task.class);
            Task changed = change.apply(current);
            // a conditional update that did not apply returns the record as it was: nothing to write
            if (changed == current) return current;
            String changedDoc = documents.json(changed);
            database.write(action, UPDATE, row -> row
                    .number(changed.position())
                    .text(changed.state().name())
                    .text(changed.nodeId())
                    .flag(runsAContainer(changed))
                    .text(changedDoc)
                    .text(id));
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
