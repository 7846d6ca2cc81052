package io.tork.adapters.in.web.view;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.tork.domain.schedule.ScheduledJob;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A scheduled job in lists and in the answer to its creation (reference §2.6 ScheduledJobSummary), plus when it
 * fires next. Built from an already redacted scheduled job.
 */
public record ScheduledJobSummaryView(
        String id,
        Map<String, String> inputs,
        String state,
        String name,
        String description,
        List<String> tags,
        @JsonInclude(ALWAYS) Instant createdAt,
        String cron,
        Instant nextRunAt) {

    public static ScheduledJobSummaryView of(ScheduledJob s) {
        return new ScheduledJobSummaryView(s.id(), s.spec().inputs(), s.state().name(), s.spec().name(),
                s.spec().description(), s.spec().tags(), s.createdAt(), s.cron(), s.nextRunAt());
    }
}
