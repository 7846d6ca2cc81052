package io.tork.adapters.in.web;

import io.tork.adapters.in.web.error.ApiException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What one client of {@code GET /events} asked for: {@code job} narrows the stream to one job, {@code types} to some
 * kinds of event ({@code job,task,log}; all when absent).
 */
record EventFilter(String jobId, Set<String> types) {
    static final List<String> ALL_TYPES = List.of(LiveEvent.JOB, LiveEvent.TASK, LiveEvent.LOG);

    static EventFilter parse(String job, String types) {
        String jobId = job == null || job.isBlank() ? null : job.trim();
        if (types == null || types.isBlank()) return new EventFilter(jobId, Set.copyOf(ALL_TYPES));
        Set<String> chosen = new LinkedHashSet<>();
        for (String type : types.split(",")) {
            String t = type.trim();
            if (t.isEmpty()) continue;
            if (!ALL_TYPES.contains(t)) {
                throw ApiException.badRequest("types: unknown event type '" + t + "' (allowed: job, task, log)");
            }
            chosen.add(t);
        }
        if (chosen.isEmpty()) throw ApiException.badRequest("types: name at least one of job, task, log");
        return new EventFilter(jobId, Set.copyOf(chosen));
    }

    boolean wants(LiveEvent event) {
        return wants(event.type(), event.jobId());
    }

    boolean wants(String type, String ofJob) {
        return types.contains(type) && (jobId == null || jobId.equals(ofJob));
    }
}
