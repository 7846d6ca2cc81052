package io.tork.adapters.out.datastore.inmemory;

import io.tork.application.port.out.Page;
import io.tork.application.port.out.ScheduledJobStore;
import io.tork.domain.schedule.ScheduledJob;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** {@link ScheduledJobStore} over the shared {@link ScheduledJobTable}; shares the job tables' unit of work. */
final class InMemoryScheduledJobStore implements ScheduledJobStore {
    private final UnitOfWork unit;
    private final ScheduledJobTable schedules;
    private final JobTable jobs;
    private final JobDeletion deletion;

    InMemoryScheduledJobStore(UnitOfWork unit, ScheduledJobTable schedules, JobTable jobs, JobDeletion deletion) {
        this.unit = unit;
        this.schedules = schedules;
        this.jobs = jobs;
        this.deletion = deletion;
    }

    @Override
    public void create(ScheduledJob scheduledJob) {
        Objects.requireNonNull(scheduledJob, "scheduledJob");
        unit.run(() -> schedules.insert(scheduledJob));
    }

    @Override
    public Optional<ScheduledJob> find(String id) {
        return unit.read(() -> schedules.find(id));
    }

    @Override
    public ScheduledJob update(String id, UnaryOperator<ScheduledJob> change) {
        Objects.requireNonNull(change, "change");
        return unit.write(() -> schedules.update(id, change));
    }

    @Override
    public Page<ScheduledJob> page(int page, int size) {
        return unit.read(() -> schedules.page(page, size));
    }

    @Override
    public List<ScheduledJob> due(Instant now) {
        return unit.read(() -> schedules.due(now));
    }

    @Override
    public boolean claimTick(String id, Instant tick, Instant nextTick) {
        return unit.write(() -> schedules.claimTick(id, tick, nextTick));
    }

    @Override
    public void delete(String id) {
        unit.run(() -> {
            schedules.delete(id);
            jobs.ofSchedule(id).forEach(deletion::delete);
        });
    }
}
