package io.tork.adapters.out.datastore.postgres;

import static io.tork.adapters.out.datastore.postgres.schema.Tables.TASKS;
import static io.tork.adapters.out.datastore.postgres.schema.Tables.TASK_LOG_PARTS;

import io.tork.application.port.out.LogStore;
import io.tork.application.port.out.Page;
import io.tork.domain.task.TaskLogPart;
import java.util.List;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** Log parts in a table of their own, newest first: the newest task, then the highest part number. */
final class PostgresLogStore implements LogStore {
    /** The generated full-text column, left out of the jOOQ classes (see V1__schema.sql). */
    private static final Field<Object> TEXT_SEARCH = DSL.field(DSL.name("task_log_parts", "ts"));

    private final Database database;

    PostgresLogStore(Database database) {
        this.database = database;
    }

    @Override
    public void append(TaskLogPart part) {
        database.onConnection("can not store a log part of task " + part.taskId(), db -> db.insertInto(TASK_LOG_PARTS)
                .set(TASK_LOG_PARTS.ID, part.id())
                .set(TASK_LOG_PARTS.TASK_ID, part.taskId())
                .set(TASK_LOG_PARTS.PART_NUMBER, part.number())
                .set(TASK_LOG_PARTS.CONTENTS, NulCharacters.strip(part.contents()))
                .set(TASK_LOG_PARTS.CREATED_AT, Timestamps.utc(part.createdAt()))
                .execute());
    }

    @Override
    public Page<TaskLogPart> ofTask(String taskId, String search, int page, int size) {
        Pages pages = new Pages(page, size);
        Condition matching = TASK_LOG_PARTS.TASK_ID.eq(taskId).and(containing(search));
        return database.onConnection("can not read the log of task " + taskId, db -> {
            long total = db.fetchCount(TASK_LOG_PARTS, matching);
            List<TaskLogPart> items = db.select(TASK_LOG_PARTS.fields()).from(TASK_LOG_PARTS)
                    .where(matching)
                    .orderBy(TASK_LOG_PARTS.PART_NUMBER.desc(), TASK_LOG_PARTS.SEQ.desc())
                    .limit(pages.size()).offset(pages.offset())
                    .fetch(PostgresLogStore::part);
            return pages.of(items, total);
        });
    }

    @Override
    public Page<TaskLogPart> ofJob(String jobId, String search, int page, int size) {
        Pages pages = new Pages(page, size);
        Condition matching = TASKS.JOB_ID.eq(jobId).and(containing(search));
        return database.onConnection("can not read the log of job " + jobId, db -> {
            long total = db.fetchCount(TASK_LOG_PARTS.join(TASKS).on(TASKS.ID.eq(TASK_LOG_PARTS.TASK_ID)), matching);
            List<TaskLogPart> items = db.select(TASK_LOG_PARTS.fields()).from(TASK_LOG_PARTS)
                    .join(TASKS).on(TASKS.ID.eq(TASK_LOG_PARTS.TASK_ID))
                    .where(matching)
                    .orderBy(TASKS.CREATED_AT.desc(), TASKS.SEQ.desc(),
                            TASK_LOG_PARTS.PART_NUMBER.desc(), TASK_LOG_PARTS.SEQ.desc())
                    .limit(pages.size()).offset(pages.offset())
                    .fetch(PostgresLogStore::part);
            return pages.of(items, total);
        });
    }

    /** Full-text search as the reference does it: English stemming, every word required. */
    private static Condition containing(String search) {
        if (search == null || search.isBlank()) return DSL.noCondition();
        return DSL.condition("{0} @@ plainto_tsquery('english', {1})", TEXT_SEARCH, DSL.val(search.trim()));
    }

    private static TaskLogPart part(Record row) {
        return new TaskLogPart(row.get(TASK_LOG_PARTS.ID), row.get(TASK_LOG_PARTS.TASK_ID),
                row.get(TASK_LOG_PARTS.PART_NUMBER), row.get(TASK_LOG_PARTS.CONTENTS),
                row.get(TASK_LOG_PARTS.CREATED_AT).toInstant());
    }
}
