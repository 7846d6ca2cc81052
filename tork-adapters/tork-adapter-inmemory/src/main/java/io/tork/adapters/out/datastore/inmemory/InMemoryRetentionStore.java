package io.tork.adapters.out.datastore.inmemory;

import io.tork.application.port.out.RetentionStore;
import java.time.Instant;
import java.util.List;

/** {@link RetentionStore} over the shared tables. */
final class InMemoryRetentionStore implements RetentionStore {
    private final UnitOfWork unit;
    private final JobTable jobs;
    private final LogTable logs;
    private final JobDeletion deletion;

    InMemoryRetentionStore(UnitOfWork unit, JobTable jobs, LogTable logs, JobDeletion deletion) {
        this.unit = unit;
        this.jobs = jobs;
        this.logs = logs;
        this.deletion = deletion;
    }

    @Override
    public int deleteLogPartsCreatedBefore(Instant cutoff, int limit) {
        return unit.write(() -> logs.deleteCreatedBefore(cutoff, limit));
    }

    @Override
    public int deleteExpiredJobs(Instant now, Instant createdBefore, int limit) {
        return unit.write(() -> {
            List<String> expired = jobs.expired(now, createdBefore, limit);
            expired.forEach(deletion::delete);
            return expired.size();
        });
    }
}
