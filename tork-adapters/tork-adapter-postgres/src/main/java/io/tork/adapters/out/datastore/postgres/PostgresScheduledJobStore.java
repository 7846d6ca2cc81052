package io.tork.adapters.out.datastore.postgres;

import static io.tork.adapters.out.datastore.postgres.schema.Tables.SCHEDULED_JOBS;

import io.tork.application.port.out.NotFoundException;
import io.tork.application.port.out.Page;
import io.tork.application.port.out.ScheduledJobStore;
import io.tork.domain.schedule.ScheduledJob;
import io.tork.domain.schedule.ScheduledJobSpec;
import io.tork.domain.schedule.ScheduledJobState;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jooq.Record;

/**
 * Scheduled jobs: the document as submitted in {@code doc}, and the state and next tick in columns, since the
 * trigger selects on them and claims a tick with a conditional update of {@code next_run_at}.
 */
final class PostgresScheduledJobStore implements ScheduledJobStore {
    private final Database database;
    private final Documents documents;

    PostgresScheduledJobStore(Database database, Documents documents) {
        this.database = database;
        this.documents = documents;
    }

    @Override
    public void create(ScheduledJob scheduledJob) {
        database.onConnection("can not create scheduled job " + scheduledJob.id(), db -> db.insertInto(SCHEDULED_JOBS)
                .set(SCHEDULED_JOBS.ID, scheduledJob.id())
                .set(SCHEDULED_JOBS.NAME, NulCharacters.strip(scheduledJob.spec().name()))
                .set(SCHEDULED_JOBS.STATE, scheduledJob.state().name())
                .set(SCHEDULED_JOBS.CREATED_AT, Timestamps.utc(scheduledJob.createdAt()))
                .set(SCHEDULED_JOBS.NEXT_RUN_AT, Timestamps.utc(scheduledJob.nextRunAt()))
                .set(SCHEDULED_JOBS.DOC, documents.write(scheduledJob.spec()))
                .execute());
    }

    @Override
    public Optional<ScheduledJob> find(String id) {
        return database.onConnection("can not read scheduled job " + id, db -> db.select(SCHEDULED_JOBS.fields())
                .from(SCHEDULED_JOBS).where(SCHEDULED_JOBS.ID.eq(id))
                .fetchOptional(this::scheduledJob));
    }

    @Override
    public ScheduledJob update(String id, UnaryOperator<ScheduledJob> change) {
        return database.inTransaction("can not update scheduled job " + id, db -> {
            ScheduledJob current = db.select(SCHEDULED_JOBS.fields()).from(SCHEDULED_JOBS)
                    .where(SCHEDULED_JOBS.ID.eq(id)).forNoKeyUpdate()
                    .fetchOptional(this::scheduledJob)
                    .orElseThrow(() -> new NotFoundException("scheduled job not found"));
            ScheduledJob changed = change.apply(current);
            db.update(SCHEDULED_JOBS)
                    .set(SCHEDULED_JOBS.NAME, NulCharacters.strip(changed.spec().name()))
                    .set(SCHEDULED_JOBS.STATE, changed.state().name())
                    .set(SCHEDULED_JOBS.NEXT_RUN_AT, Timestamps.utc(changed.nextRunAt()))
                    .set(SCHEDULED_JOBS.DOC, documents.write(changed.spec()))
                    .where(SCHEDULED_JOBS.ID.eq(id))
                    .execute();
            return changed;
        });
    }

    @Override
    public Page<ScheduledJob> page(int page, int size) {
        Pages pages = new Pages(page, size);
        return database.onConnection("can not list scheduled jobs", db -> {
            long total = db.fetchCount(SCHEDULED_JOBS);
            List<ScheduledJob> items = db.select(SCHEDULED_JOBS.fields()).from(SCHEDULED_JOBS)
                    .orderBy(SCHEDULED_JOBS.CREATED_AT.desc(), SCHEDULED_JOBS.SEQ.desc())
                    .limit(pages.size()).offset(pages.offset())
                    .fetch(this::scheduledJob);
            return pages.of(items, total);
        });
    }

    @Override
    public List<ScheduledJob> due(Instant now) {
        return database.onConnection("can not look for due scheduled jobs", db -> db.select(SCHEDULED_JOBS.fields())
                .from(SCHEDULED_JOBS)
                .where(SCHEDULED_JOBS.STATE.eq(ScheduledJobState.ACTIVE.name()))
                .and(SCHEDULED_JOBS.NEXT_RUN_AT.le(Timestamps.utc(now)))
                .orderBy(SCHEDULED_JOBS.NEXT_RUN_AT, SCHEDULED_JOBS.ID)
                .fetch(this::scheduledJob));
    }

    @Override
    public boolean claimTick(String id, Instant tick, Instant nextTick) {
        // one statement: of several coordinators claiming the same tick, the row lock lets one through and the
        // others then find next_run_at already moved on
        return database.onConnection("can not claim a tick of scheduled job " + id, db -> db.update(SCHEDULED_JOBS)
                .set(SCHEDULED_JOBS.NEXT_RUN_AT, Timestamps.utc(nextTick))
                .where(SCHEDULED_JOBS.ID.eq(id))
                .and(SCHEDULED_JOBS.STATE.eq(ScheduledJobState.ACTIVE.name()))
                .and(SCHEDULED_JOBS.NEXT_RUN_AT.eq(Timestamps.utc(tick)))
                .execute() == 1);
    }

    @Override
    public void delete(String id) {
        int deleted = database.onConnection("can not delete scheduled job " + id, db -> db.deleteFrom(SCHEDULED_JOBS)
                .where(SCHEDULED_JOBS.ID.eq(id)).execute());
        if (deleted == 0) throw new NotFoundException("scheduled job not found");
    }

    private ScheduledJob scheduledJob(Record row) {
        return new ScheduledJob(row.get(SCHEDULED_JOBS.ID), documents.read(row.get(SCHEDULED_JOBS.DOC), ScheduledJobSpec.class),
                ScheduledJobState.valueOf(row.get(SCHEDULED_JOBS.STATE)), row.get(SCHEDULED_JOBS.CREATED_AT).toInstant(),
                row.get(SCHEDULED_JOBS.NEXT_RUN_AT) == null ? null : row.get(SCHEDULED_JOBS.NEXT_RUN_AT).toInstant());
    }
}
