package io.tork.adapters.out.datastore.postgres;

import static io.tork.adapters.out.datastore.postgres.schema.Tables.JOBS;
import static io.tork.adapters.out.datastore.postgres.schema.Tables.TASK_LOG_PARTS;

import io.tork.application.port.out.RetentionStore;
import io.tork.domain.job.JobState;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Deletes in bounded batches ({@code DELETE … WHERE id IN (SELECT … LIMIT n)}); tasks and log parts of a deleted
 * job go with it through the schema's cascading foreign keys.
 */
final class PostgresRetentionStore implements RetentionStore {
    private static final List<String> FINISHED = Arrays.stream(JobState.values())
            .filter(JobState::isTerminal).map(Enum::name).toList();

    private final Database database;

    PostgresRetentionStore(Database database) {
        this.database = database;
    }

    @Override
    public int deleteLogPartsCreatedBefore(Instant cutoff, int limit) {
        return database.onConnection("can not delete old log parts", db -> db.deleteFrom(TASK_LOG_PARTS)
                .where(TASK_LOG_PARTS.ID.in(db.select(TASK_LOG_PARTS.ID).from(TASK_LOG_PARTS)
                        .where(TASK_LOG_PARTS.CREATED_AT.lt(Timestamps.utc(cutoff)))
                        .limit(limit)))
                .execute());
    }

    @Override
    public int deleteExpiredJobs(Instant now, Instant createdBefore, int limit) {
        return database.onConnection("can not delete expired jobs", db -> db.deleteFrom(JOBS)
                .where(JOBS.ID.in(db.select(JOBS.ID).from(JOBS)
                        .where(JOBS.DELETE_AT.le(Timestamps.utc(now)))
                        .or(JOBS.CREATED_AT.lt(Timestamps.utc(createdBefore)).and(JOBS.STATE.in(FINISHED)))
                        .limit(limit)))
                .execute());
    }
}
