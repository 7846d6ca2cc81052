package io.tork.adapters.in.web;

import io.tork.application.port.out.JobQuery;
import java.util.ArrayList;
import java.util.List;

/** The {@code q} of {@code GET /jobs}: {@code tag:<t>} and {@code tags:<a>,<b>} filter by tag, the other words are searched as text. */
final class JobSearch {
    private JobSearch() {
    }

    static JobQuery parse(String q, Paging paging) {
        List<String> tags = new ArrayList<>();
        List<String> words = new ArrayList<>();
        if (q != null) {
            for (String token : q.trim().split("\\s+")) {
                if (token.startsWith("tag:")) {
                    String tag = token.substring("tag:".length());
                    if (!tag.isEmpty()) tags.add(tag);
                } else if (token.startsWith("tags:")) {
                    addTags(token.substring("tags:".length()), tags);
                } else if (!token.isEmpty()) {
                    words.add(token);
                }
            }
        }
        return new JobQuery(String.join(" ", words), tags, paging.page(), paging.size());
    }

    private static void addTags(String list, List<String> tags) {
        for (String tag : list.split(",")) {
            if (!tag.isBlank()) tags.add(tag.trim());
        }
    }
}
