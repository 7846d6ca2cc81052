package io.tork.adapters.out.datastore.inmemory;

import io.tork.application.port.out.JobQuery;
import io.tork.domain.job.Job;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The search of {@code GET /jobs?q=…}. Every word of the text must start a word of the job's name, description or
 * state, ignoring case: {@code running} finds RUNNING jobs, {@code 101} finds "Job 101", and typing the start of
 * a word ({@code back}) already finds "Nightly backup". Prefixes stand in for PostgreSQL's stemming here. A job
 * passes the tag filter when it has any of the tags (exact, case-sensitive, like a PostgreSQL array overlap).
 *
 * <p>The words of a job come from {@link SearchWords}, split once per job rather than once per search: a search
 * walks every job under the datastore's one lock, so its cost per job holds up every other unit of work.
 */
final class JobFilter implements Predicate<Job> {
    private final List<String> words;
    private final Set<String> tags;
    private final SearchWords searchWords;

    private JobFilter(List<String> words, Set<String> tags, SearchWords searchWords) {
        this.words = words;
        this.tags = tags;
        this.searchWords = searchWords;
    }

    static JobFilter of(JobQuery query, SearchWords searchWords) {
        return new JobFilter(Words.of(query.text()), Set.copyOf(query.tags()), searchWords);
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
        if (own == null) {
            return false;
        }
        for (String tag : own) {
            if (tags.contains(tag)) return true;
        }
        return false;
    }

    private boolean hasEveryWord(Job job) {
        if (words.isEmpty()) {
            return true;
        }
        for (String word : words) {
            if (!searchWords.anyStartsWith(job, word)) return false;
        }
        return true;
    }
}
