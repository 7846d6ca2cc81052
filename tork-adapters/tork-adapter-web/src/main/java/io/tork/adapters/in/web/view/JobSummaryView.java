package io.tork.adapters.in.web.view;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.tork.domain.job.Job;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A job in lists and in the answer to a submission (reference §2.6 JobSummary). */
public record JobSummaryView(
        String id,
        String parentId,
        Map<String, String> inputs,
        String name,
        String description,
        List<String> tags,
        String state,
        @JsonInclude(ALWAYS) Instant createdAt,
        Instant startedAt,
        Instant completedAt,
        Instant failedAt,
        @JsonInclude(ALWAYS) int position,
        int taskCount,
        String result,
        String error,
        double progress,
        JobScheduleView schedule) {

    public static JobSummaryView of(Job job) {
        return new JobSummaryView(job.id(), job.parentTaskId(), job.spec().inputs(), job.spec().name(),
                job.spec().description(), job.spec().tags(), job.state().name(), job.createdAt(), job.startedAt(),
                job.completedAt(), job.failedAt(), job.position(), job.taskCount(), job.result(), job.error(),
                job.progress(), JobScheduleView.of(job.scheduledBy()));
    }
}
