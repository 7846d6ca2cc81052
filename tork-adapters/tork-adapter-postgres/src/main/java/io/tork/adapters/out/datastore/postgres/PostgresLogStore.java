package io.tork.adapters.out.datastore.postgres;

import static io.tork.adapters.out.datastore.postgres.schema.Tables.TASKS;
import static io.tork.adapters.out.datastore.postgres.schema.Tables.TASK_LOG_PARTS;

import io.tork.application.port.out.LogStore;
import io.tork.application.port.out.Page;
import io.tork.domain.task.TaskLogPart;
import java.util.List;
import org.jooq.Record;

/** Log parts in a table of their own, newest first: the newest task, then the highest part number. */
final class PostgresLogStore implements LogStore {
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
    public Page<TaskLogPart> ofTask(String taskId, int page, int size) {
        Pages pages = new Pages(page, size);
        return database.onConnection("can not read the log of task " + taskId, db -> {
            long total = db.fetchCount(TASK_LOG_PARTS, TASK_LOG_PARTS.TASK_ID.eq(taskId));
            List<TaskLogPart> items = db.select(TASK_LOG_PARTS.fields()).from(TASK_LOG_PARTS)
                    .where(TASK_LOG_PARTS.TASK_ID.eq(taskId))
                    .orderBy(TASK_LOG_PARTS.PART_NUMBER.desc(), TASK_LOG_PARTS.SEQ.desc())
                    .limit(pages.size()).offset(pages.offset())
                    .fetch(PostgresLogStore::part);
            return pages.of(items, total);
        });
    }

    @Override
    public Page<TaskLogPart> ofJob(String jobId, int page, int size) {
        Pages pages = new Pages(page, size);
        return database.onConnection("can not read the log of job " + jobId, db -> {
            long total = db.fetchCount(TASK_LOG_PARTS.join(TASKS).on(TASKS.ID.eq(TASK_LOG_PARTS.TASK_ID)),
                    TASKS.JOB_ID.eq(jobId));
            List<TaskLogPart> items = db.select(TASK_LOG_PARTS.fields()).from(TASK_LOG_PARTS)
                    .join(TASKS).on(TASKS.ID.eq(TASK_LOG_PARTS.TASK_ID))
                    .where(TASKS.JOB_ID.eq(jobId))
                    .orderBy(TASKS.CREATED_AT.desc(), TASKS.SEQ.desc(),
                            TASK_LOG_PARTS.PART_NUMBER.desc(), TASK_LOG_PARTS.SEQ.desc())
                    .limit(pages.size()).offset(pages.offset())
                    .fetch(PostgresLogStore::part);
            return pages.of(items, total);
        });
    }

    private static TaskLogPart part(Record row) {
        return new TaskLogPart(row.get(TASK_LOG_PARTS.ID), row.get(TASK_LOG_PARTS.TASK_ID),
                row.get(TASK_LOG_PARTS.PART_NUMBER), row.get(TASK_LOG_PARTS.CONTENTS),
                row.get(TASK_LOG_PARTS.CREATED_AT).toInstant());
    }
}
