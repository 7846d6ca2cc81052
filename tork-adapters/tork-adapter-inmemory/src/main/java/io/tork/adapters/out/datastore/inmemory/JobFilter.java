package io.tork.adapters.out.datastore.inmemory;

import io.tork.application.port.out.JobQuery;
import io.tork.domain.job.Job;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The search of {@code GET /jobs?q=…}. Every word of the text must start a word of the job's name, description or
 * state, ignoring case: {@code running} finds RUNNING jobs, {@code 101} finds "Job 101", and typing the start of
 * a word ({@code back}) already finds "Nightly backup". Prefixes stand in for PostgreSQL's stemming here. A job
 * passes the tag filter when it has any of the tags (exact, case-sensitive, like a PostgreSQL array overlap).
 */
final class JobFilter implements Predicate<Job> {
    private final List<String> words;
    private final Set<String> tags;

    private JobFilter(List<String> words, Set<String> tags) {
        this.words = words;
        this.tags = tags;
    }

    static JobFilter of(JobQuery query) {
        return new JobFilter(Words.of(query.text()), Set.copyOf(query.tags()));
    }

    boolean isEmpty() {
        return words.isEmpty() && tags.isEmpty();
    }

    @Override
    public boolean test(Job job) {
        return hasAnyTag(job) && hasEveryWord(job);
    }

    private boolean hasAnyTag(Job job) {
        if (tags.isEmpty()) {
            return true;
        }
        List<String> own = job.spec() == null ? null : job.spec().tags();
        return own != null && own.stream().anyMatch(tags::contains);
    }

    private boolean hasEveryWord(Job job) {
        if (words.isEmpty()) {
            return true;
        }
        List<String> searchable = searchableWords(job);
        return words.stream().allMatch(word -> searchable.stream().anyMatch(own -> own.startsWith(word)));
    }

    private static List<String> searchableWords(Job job) {
        List<String> all = new ArrayList<>();
        if (job.spec() != null) {
            all.addAll(Words.of(job.spec().name()));
            all.addAll(Words.of(job.spec().description()));
        }
        if (job.state() != null) {
            all.addAll(Words.of(job.state().name()));
        }
        return all;
    }
}
