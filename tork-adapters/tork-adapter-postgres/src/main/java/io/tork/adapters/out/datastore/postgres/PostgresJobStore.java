package io.tork.adapters.out.datastore.postgres;

import static io.tork.adapters.out.datastore.postgres.schema.Tables.IDEMPOTENCY_KEYS;
import static io.tork.adapters.out.datastore.postgres.schema.Tables.JOBS;

import io.tork.application.port.out.JobQuery;
import io.tork.application.port.out.JobStore;
import io.tork.application.port.out.NotFoundException;
import io.tork.application.port.out.Page;
import io.tork.domain.job.Job;
import io.tork.domain.job.JobState;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/** Jobs as JSONB documents, with the columns that searching, counting and paging need beside them. */
final class PostgresJobStore implements JobStore {
    /** PostgreSQL-only columns, left out of the generated classes (see V1__schema.sql). */
    private static final Field<String[]> TAGS = DSL.field(DSL.name("tags"), SQLDataType.CLOB.array());
    private static final Field<Object> TEXT_SEARCH = DSL.field(DSL.name("ts"));

    // the statements every job runs, written out rather than rendered by jOOQ each time (see Database.onJdbc)
    private static final String INSERT = "INSERT INTO jobs (id, parent_task_id, name, description, state, created_at, "
            + "scheduled_job_id, delete_at, doc, tags) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)";
    private static final String FIND = "SELECT doc FROM jobs WHERE id = ?";
    private static final String LOCK = "SELECT doc FROM jobs WHERE id = ? FOR NO KEY UPDATE";
    private static final String UPDATE = "UPDATE jobs SET state = ?, delete_at = ?, doc = ?::jsonb WHERE id = ?";

    private final Database database;
    private final Documents documents;

    PostgresJobStore(Database database, Documents documents) {
        this.database = database;
        this.documents = documents;
    }

    @Override
    public void create(Job job) {
        String[] tags = (job.spec().tags() == null ? List.<String>of() : job.spec().tags()).stream()
                .map(NulCharacters::strip).toArray(String[]::new);
        String doc = documents.json(job);
        database.write("can not create job " + job.id(), INSERT, row -> row
                .text(job.id())
                .text(job.parentTaskId())
                .text(NulCharacters.strip(job.spec().name()))
                .text(NulCharacters.strip(job.spec().description()))
                .text(job.state().name())
                .instant(job.createdAt())
                .text(job.scheduledBy() == null ? null : job.scheduledBy().id())
                .instant(job.deleteAt())
                .text(doc)
                .texts(tags));
    }

    @Override
    public Optional<Job> find(String id) {
        return Optional.ofNullable(database.textById("can not read job " + id, FIND, id))
                .map(doc -> documents.read(doc, Job.class));
    }

    @Override
    public Job update(String id, UnaryOperator<Job> change) {
        // the row lock serializes concurrent updates; NO KEY UPDATE since the id never changes, so inserting rows
        // that reference this one is not blocked meanwhile
        String action = "can not update job " + id;
        return database.inTransaction(action, db -> {
            String doc = database.textById(action, LOCK, id);
            if (doc == null) throw new NotFoundException("job not found");
            Job current = documents.read(doc, Job.class);
            Job changed = change.apply(current);
            // a conditional update that did not apply returns the record as it was: nothing to write
            if (changed == current) return current;
            String changedDoc = documents.json(changed);
            database.write(action, UPDATE, row -> row
                    .text(changed.state().name())
                    .instant(changed.deleteAt())
                    .text(changedDoc)
                    .text(id));
            return changed;
        });
    }

    @Override
    public Page<Job> page(JobQuery query) {
        Pages pages = new Pages(query.page(), query.size());
        Condition matching = matching(query);
        return database.onConnection("can not list jobs", db -> {
            long total = db.fetchCount(JOBS, matching);
            List<Job> items = db.select(JOBS.DOC).from(JOBS).where(matching)
                    .orderBy(JOBS.CREATED_AT.desc(), JOBS.SEQ.desc())
                    .limit(pages.size()).offset(pages.offset())
                    .fetch(JOBS.DOC).stream()
                    .map(doc -> documents.read(doc, Job.class))
                    .toList();
            return pages.of(items, total);
        });
    }

    private static Condition matching(JobQuery query) {
        Condition condition = DSL.noCondition();
        if (!query.text().isEmpty()) {
            condition = condition.and(DSL.condition("{0} @@ plainto_tsquery('english', {1})",
                    TEXT_SEARCH, DSL.val(query.text())));
        }
        if (!query.tags().isEmpty()) {
            condition = condition.and(DSL.condition("{0} && {1}", TAGS,
                    DSL.val(query.tags().toArray(String[]::new), TAGS.getDataType())));
        }
        return condition;
    }

    @Override
    public long count(JobState state) {
        return database.onConnection("can not count jobs", db -> (long) db.fetchCount(JOBS, JOBS.STATE.eq(state.name())));
    }

    @Override
    public Optional<String> claimIdempotencyKey(String key, String jobId) {
        return database.inTransaction("can not claim idempotency key", db -> {
            int inserted = db.insertInto(IDEMPOTENCY_KEYS)
                    .set(IDEMPOTENCY_KEYS.IDEMPOTENCY_KEY, key)
                    .set(IDEMPOTENCY_KEYS.JOB_ID, jobId)
                    .onConflictDoNothing()
                    .execute();
            if (inserted == 1) return Optional.empty();
            return claimant(db, key);
        });
    }

    private static Optional<String> claimant(DSLContext db, String key) {
        return db.select(IDEMPOTENCY_KEYS.JOB_ID).from(IDEMPOTENCY_KEYS)
                .where(IDEMPOTENCY_KEYS.IDEMPOTENCY_KEY.eq(key))
                .fetchOptional(IDEMPOTENCY_KEYS.JOB_ID);
    }
}
