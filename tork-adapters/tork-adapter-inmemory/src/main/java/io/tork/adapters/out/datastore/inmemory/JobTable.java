package io.tork.adapters.out.datastore.inmemory;

import io.tork.application.port.out.JobQuery;
import io.tork.application.port.out.NotFoundException;
import io.tork.application.port.out.Page;
import io.tork.application.port.out.StoreException;
import io.tork.domain.job.Job;
import io.tork.domain.job.JobState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * Jobs, kept in a newest-first index so that unfiltered pages cost only the page, and counted by state so that
 * metrics do not scan. Not thread-safe: used only under the {@link UnitOfWork}'s lock.
 */
final class JobTable {
    private static final Comparator<Job> NEWEST_FIRST = Comparator
            .comparing(Job::createdAt, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Job::id);

    private final UnitOfWork unit;
    private final Map<String, Job> byId = new HashMap<>();
    private final NavigableSet<Job> newestFirst = new TreeSet<>(NEWEST_FIRST);
    private final Map<JobState, Long> countByState = new EnumMap<>(JobState.class);
    private final Map<String, String> jobIdByIdempotencyKey = new HashMap<>();
    private final SearchWords searchWords = new SearchWords();

    JobTable(UnitOfWork unit) {
        this.unit = unit;
    }

    boolean contains(String id) {
        return byId.containsKey(id);
    }

    Optional<Job> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    void insert(Job job) {
        Objects.requireNonNull(job.id(), "a job needs an id");
        if (byId.containsKey(job.id())) {
            throw new StoreException("job " + job.id() + " already exists", false, null);
        }
        add(job);
        unit.onRollback(() -> {
            remove(job);
            searchWords.forget(job.id());
        });
    }

    Job update(String id, UnaryOperator<Job> change) {
        Job current = byId.get(id);
        if (current == null) {
            throw new NotFoundException("job not found");
        }
        Job changed = change.apply(current);
        if (changed == null || !id.equals(changed.id())) {
            throw new IllegalArgumentException("an update of job " + id + " must return that job");
        }
        replace(current, changed);
        unit.onRollback(() -> replace(changed, current));
        return changed;
    }

    Page<Job> page(JobQuery query) {
        Paging paging = Paging.of(query.page(), query.size());
        JobFilter filter = JobFilter.of(query, searchWords);
        if (filter.isEmpty()) {
            return unfilteredPage(paging);
        }
        return paging.filter(newestFirst, filter);
    }

    /** Forgets the job (its tasks and logs are the caller's to delete). */
    void delete(String id) {
        Job job = byId.get(id);
        if (job == null) return;
        remove(job);
        searchWords.forget(id);
        unit.onRollback(() -> add(job));
    }

    /** Ids of jobs past their {@code deleteAt}, or finished and created before {@code createdBefore}. */
    List<String> expired(java.time.Instant now, java.time.Instant createdBefore, int limit) {
        return byId.values().stream()
                .filter(job -> (job.deleteAt() != null && !job.deleteAt().isAfter(now))
                        || (job.state() != null && job.state().isTerminal() && job.createdAt() != null
                        && job.createdAt().isBefore(createdBefore)))
                .limit(limit)
                .map(Job::id)
                .toList();
    }

    /** Ids of the jobs created by the scheduled job. */
    List<String> ofSchedule(String scheduledJobId) {
        return byId.values().stream()
                .filter(job -> job.scheduledBy() != null && scheduledJobId.equals(job.scheduledBy().id()))
                .map(Job::id)
                .toList();
    }

    long count(JobState state) {
        return countByState.getOrDefault(state, 0L);
    }

    Optional<String> claim(String key, String jobId) {
        String holder = jobIdByIdempotencyKey.putIfAbsent(key, jobId);
        if (holder != null) {
            return Optional.of(holder);
        }
        unit.onRollback(() -> jobIdByIdempotencyKey.remove(key));
        return Optional.empty();
    }

    private Page<Job> unfilteredPage(Paging paging) {
        List<Job> items = new ArrayList<>();
        Iterator<Job> jobs = newestFirst.iterator();
        for (long skipped = 0; skipped < paging.offset() && jobs.hasNext(); skipped++) {
            jobs.next();
        }
        while (jobs.hasNext() && items.size() < paging.size()) {
            items.add(jobs.next());
        }
        return paging.page(items, byId.size());
    }

    private void replace(Job current, Job changed) {
        remove(current);
        add(changed);
    }

    private void add(Job job) {
        byId.put(job.id(), job);
        newestFirst.add(job);
        if (job.state() != null) {
            countByState.merge(job.state(), 1L, Long::sum);
        }
    }

    private void remove(Job job) {
        byId.remove(job.id());
        newestFirst.remove(job);
        if (job.state() != null) {
            countByState.computeIfPresent(job.state(), (state, n) -> n == 1 ? null : n - 1);
        }
    }
}
