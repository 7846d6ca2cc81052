package io.tork.adapters.out.datastore.inmemory;

import io.tork.application.port.out.JobQuery;
import io.tork.application.port.out.JobStore;
import io.tork.application.port.out.Page;
import io.tork.domain.job.Job;
import io.tork.domain.job.JobState;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** {@link JobStore} over the shared {@link JobTable}; {@code change} runs exactly once, under the lock. */
final class InMemoryJobStore implements JobStore {
    private final UnitOfWork unit;
    private final JobTable jobs;

    InMemoryJobStore(UnitOfWork unit, JobTable jobs) {
        this.unit = unit;
        this.jobs = jobs;
    }

    @Override
    public void create(Job job) {
        Objects.requireNonNull(job, "job");
        unit.run(() -> jobs.insert(job));
    }

    @Override
    public Optional<Job> find(String id) {
        return unit.read(() -> jobs.find(id));
    }

    @Override
    public Job update(String id, UnaryOperator<Job> change) {
        Objects.requireNonNull(change, "change");
        return unit.write(() -> jobs.update(id, change));
    }

    @Override
    public Page<Job> page(JobQuery query) {
        return unit.read(() -> jobs.page(query));
    }

    @Override
    public long count(JobState state) {
        return unit.read(() -> jobs.count(state));
    }

    @Override
    public Optional<String> claimIdempotencyKey(String key, String jobId) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(jobId, "jobId");
        return unit.write(() -> jobs.claim(key, jobId));
    }
}
