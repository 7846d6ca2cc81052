package io.tork.application.testing;

import io.tork.application.port.out.NotFoundException;
import io.tork.application.port.out.Page;
import io.tork.application.port.out.ScheduledJobStore;
import io.tork.domain.schedule.ScheduledJob;
import io.tork.domain.schedule.ScheduledJobState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Scheduled jobs in a map, one monitor for everything, so a tick's claim is atomic as in a database. Deleting
 * does not reach the jobs a scheduled job created (the adapters' contract suite covers that).
 */
public final class FakeScheduledJobStore implements ScheduledJobStore {
    private final Map<String, ScheduledJob> byId = new LinkedHashMap<>();

    @Override
    public synchronized void create(ScheduledJob scheduledJob) {
        if (byId.putIfAbsent(scheduledJob.id(), scheduledJob) != null) {
            throw new IllegalStateException("scheduled job " + scheduledJob.id() + " exists");
        }
    }

    @Override
    public synchronized Optional<ScheduledJob> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized ScheduledJob update(String id, UnaryOperator<ScheduledJob> change) {
        ScheduledJob current = find(id).orElseThrow(() -> new NotFoundException("scheduled job not found"));
        ScheduledJob changed = change.apply(current);
        byId.put(id, changed);
        return changed;
    }

    @Override
    public synchronized Page<ScheduledJob> page(int page, int size) {
        List<ScheduledJob> all = new ArrayList<>(byId.values());
        all.sort(Comparator.comparing(ScheduledJob::createdAt).reversed());
        return Page.slice(all, page, size);
    }

    @Override
    public synchronized List<ScheduledJob> due(Instant now) {
        return byId.values().stream().filter(s -> s.isDue(now))
                .sorted(Comparator.comparing(ScheduledJob::nextRunAt)).toList();
    }

    @Override
    public synchronized boolean claimTick(String id, Instant tick, Instant nextTick) {
        ScheduledJob current = byId.get(id);
        if (current == null || current.state() != ScheduledJobState.ACTIVE || !Objects.equals(current.nextRunAt(), tick)) {
            return false;
        }
        byId.put(id, current.firedUntil(nextTick));
        return true;
    }

    @Override
    public synchronized void delete(String id) {
        if (byId.remove(id) == null) throw new NotFoundException("scheduled job not found");
    }
}
