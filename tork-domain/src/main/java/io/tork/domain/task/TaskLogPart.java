package io.tork.domain.task;

import java.time.Instant;

/** A slice of a task's output, shipped while the task runs; {@code number} counts from 1 per task. */
public record TaskLogPart(String id, String taskId, int number, String contents, Instant createdAt) {
}
