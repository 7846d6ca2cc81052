package io.tork.adapters.in.web.view;

import io.tork.domain.task.TaskLogPart;
import java.time.Instant;

public record TaskLogPartView(String id, int number, String taskId, String contents, Instant createdAt) {
    public static TaskLogPartView of(TaskLogPart p) {
        return new TaskLogPartView(p.id(), p.number(), p.taskId(), p.contents(), p.createdAt());
    }
}
