package io.tork.adapters.in.web;

import io.tork.application.port.in.InvalidRequestException;
import io.tork.application.port.in.ScheduledJobsUseCase;
import io.tork.application.port.out.NotFoundException;
import io.tork.application.port.out.Page;
import io.tork.domain.schedule.ScheduledJob;
import io.tork.domain.schedule.ScheduledJobSpec;
import io.tork.domain.validation.Violation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** The scheduled-jobs port over a map. A cron expression {@code "bad"} is refused as the application would. */
final class FakeScheduledJobs implements ScheduledJobsUseCase {
    static final Instant NEXT_RUN = Instant.parse("2026-01-02T04:00:00Z");
    final Map<String, ScheduledJob> stored = new LinkedHashMap<>();
    final List<ScheduledJobSpec> created = new CopyOnWriteArrayList<>();
    final List<String> deleted = new CopyOnWriteArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();

    ScheduledJob add(ScheduledJob scheduledJob) {
        stored.put(scheduledJob.id(), scheduledJob);
        return scheduledJob;
    }

    @Override
    public ScheduledJob create(ScheduledJobSpec spec) {
        if ("bad".equals(spec.cron())) {
            throw InvalidRequestException.of(List.of(new Violation("schedule.cron",
                    "'bad' has 1 fields: expected 5 (minute hour day-of-month month day-of-week) or a macro")));
        }
        created.add(spec);
        return add(ScheduledJob.created("sched-" + ids.incrementAndGet(), spec, FakeApplication.NOW, NEXT_RUN));
    }

    @Override
    public Page<ScheduledJob> list(int page, int size) {
        List<ScheduledJob> newestFirst = new ArrayList<>(stored.values()).reversed();
        return Page.slice(newestFirst, page, size);
    }

    @Override
    public ScheduledJob get(String id) {
        ScheduledJob s = stored.get(id);
        if (s == null) throw new NotFoundException("scheduled job not found");
        return s;
    }

    @Override
    public void pause(String id) {
        stored.put(id, get(id).pause());
    }

    @Override
    public void resume(String id) {
        stored.put(id, get(id).resume(NEXT_RUN));
    }

    @Override
    public void delete(String id) {
        get(id);
        stored.remove(id);
        deleted.add(id);
    }
}
