package io.tork.adapters.out.datastore.inmemory;

import io.tork.domain.job.Job;
import io.tork.domain.spec.JobSpec;
import io.tork.domain.job.JobState;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The searchable words of each job (its name's, description's and state's), kept per job id. A job's document does
 * not change after submission while its state changes often, so the document's words are split once and reused
 * for as long as the job keeps the same document. Not thread-safe: used only under the {@link UnitOfWork}'s lock.
 */
final class SearchWords {
    private static final Map<JobState, List<String>> STATE_WORDS = stateWords();
    private final Map<String, DocumentWords> byJobId = new HashMap<>();

    private record DocumentWords(JobSpec spec, List<String> words) {
    }

    /** Whether {@code prefix} (lower case) starts a word of the job's name, description or state. */
    boolean anyStartsWith(Job job, String prefix) {
        return job.state() != null && startsAnyOf(prefix, STATE_WORDS.get(job.state()))
                || startsAnyOf(prefix, documentWords(job));
    }

    private static boolean startsAnyOf(String prefix, List<String> words) {
        for (String word : words) {
            if (word.startsWith(prefix)) return true;
        }
        return false;
    }

    void forget(String jobId) {
        byJobId.remove(jobId);
    }

    private List<String> documentWords(Job job) {
        JobSpec spec = job.spec();
        if (spec == null) return List.of();
        DocumentWords known = byJobId.get(job.id());
        if (known != null && known.spec() == spec) return known.words();
        List<String> words = new ArrayList<>(Words.of(spec.name()));
        words.addAll(Words.of(spec.description()));
        List<String> kept = List.copyOf(words);
        byJobId.put(job.id(), new DocumentWords(spec, kept));
        return kept;
    }

    private static Map<JobState, List<String>> stateWords() {
        Map<JobState, List<String>> words = new EnumMap<>(JobState.class);
        for (JobState state : JobState.values()) words.put(state, Words.of(state.name()));
        return words;
    }
}
