package io.tork.adapters.in.web.view;

import io.tork.domain.task.TaskLogPart;
import java.time.Instant;

/** A log part as {@code GET /events} streams it: the part of {@code GET /tasks/{id}/log} plus its job. */
public record LogEventView(String jobId, String taskId, String id, int number, String contents, Instant createdAt) {
    public static LogEventView of(String jobId, TaskLogPart p) {
        return new LogEventView(jobId, p.taskId(), p.id(), p.number(), p.contents(), p.createdAt());
    }
}
