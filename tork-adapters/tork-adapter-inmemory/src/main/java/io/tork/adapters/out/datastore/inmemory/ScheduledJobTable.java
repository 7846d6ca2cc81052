package io.tork.adapters.out.datastore.inmemory;

import io.tork.application.port.out.NotFoundException;
import io.tork.application.port.out.Page;
import io.tork.application.port.out.StoreException;
import io.tork.domain.schedule.ScheduledJob;
import io.tork.domain.schedule.ScheduledJobState;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Scheduled jobs by id. Not thread-safe: used only under the {@link UnitOfWork}'s lock. */
final class ScheduledJobTable {
    private static final Comparator<ScheduledJob> NEWEST_FIRST = Comparator
            .comparing(ScheduledJob::createdAt, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(ScheduledJob::id);
    private static final Comparator<ScheduledJob> EARLIEST_TICK_FIRST = Comparator
            .comparing(ScheduledJob::nextRunAt).thenComparing(ScheduledJob::id);

    private final UnitOfWork unit;
    private final Map<String, ScheduledJob> byId = new HashMap<>();

    ScheduledJobTable(UnitOfWork unit) {
        this.unit = unit;
    }

    void insert(ScheduledJob scheduledJob) {
        Objects.requireNonNull(scheduledJob.id(), "a scheduled job needs an id");
        if (byId.containsKey(scheduledJob.id())) {
            throw new StoreException("scheduled job " + scheduledJob.id() + " already exists", false, null);
        }
        byId.put(scheduledJob.id(), scheduledJob);
        unit.onRollback(() -> byId.remove(scheduledJob.id()));
    }

    Optional<ScheduledJob> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    ScheduledJob update(String id, UnaryOperator<ScheduledJob> change) {
        ScheduledJob current = require(id);
        ScheduledJob changed = change.apply(current);
        if (changed == null || !id.equals(changed.id())) {
            throw new IllegalArgumentException("an update of scheduled job " + id + " must return that scheduled job");
        }
        byId.put(id, changed);
        unit.onRollback(() -> byId.put(id, current));
        return changed;
    }

    Page<ScheduledJob> page(int number, int size) {
        List<ScheduledJob> newestFirst = byId.values().stream().sorted(NEWEST_FIRST).toList();
        return Paging.of(number, size).filter(newestFirst, s -> true);
    }

    List<ScheduledJob> due(Instant now) {
        return byId.values().stream().filter(s -> s.isDue(now)).sorted(EARLIEST_TICK_FIRST).toList();
    }

    boolean claimTick(String id, Instant tick, Instant nextTick) {
        ScheduledJob current = byId.get(id);
        if (current == null || current.state() != ScheduledJobState.ACTIVE || !Objects.equals(current.nextRunAt(), tick)) {
            return false;
        }
        byId.put(id, current.firedUntil(nextTick));
        unit.onRollback(() -> byId.put(id, current));
        return true;
    }

    void delete(String id) {
        ScheduledJob current = require(id);
        byId.remove(id);
        unit.onRollback(() -> byId.put(id, current));
    }

    private ScheduledJob require(String id) {
        ScheduledJob current = byId.get(id);
        if (current == null) throw new NotFoundException("scheduled job not found");
        return current;
    }
}
