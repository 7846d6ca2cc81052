package io.tork.app.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads the log of a job or a task in the order it was written, each part once. */
public final class LogParts {
    private static final int PAGE_SIZE = 100;
    private static final Comparator<JsonNode> WRITTEN = Comparator
            .comparing((JsonNode part) -> Times.instant(part, "createdAt").orElse(Instant.EPOCH))
            .thenComparing(part -> part.path("taskId").asText())
            .thenComparingInt(part -> part.path("number").asInt());

    private final TorkApi api;
    private final TorkApi.LogSource source;
    private final String id;
    private final Set<String> seen = new HashSet<>();

    public LogParts(TorkApi api, TorkApi.LogSource source, String id) {
        this.api = api;
        this.source = source;
        this.id = id;
    }

    /** The parts written since the last call (all of them the first time), oldest first. */
    public List<JsonNode> next() {
        JsonNode first = api.log(source, id, 1, PAGE_SIZE).json();
        // the order of a job's log is by task, not by time, so new parts may be on any page: read them all, but
        // only when the count says there is something new
        if (first.path("totalItems").asLong() == seen.size()) return List.of();
        List<JsonNode> fresh = new ArrayList<>();
        int pages = first.path("totalPages").asInt(1);
        for (int page = 1; page <= pages; page++) {
            JsonNode answer = page == 1 ? first : api.log(source, id, page, PAGE_SIZE).json();
            for (JsonNode part : answer.path("items")) {
                if (seen.add(part.path("id").asText())) fresh.add(part);
            }
        }
        fresh.sort(WRITTEN);
        return fresh;
    }
}
