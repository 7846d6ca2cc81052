package io.tork.application.port.out;

import io.tork.domain.task.TaskLogPart;

/**
 * Log parts of tasks. Pages are newest first. A non-blank {@code search} keeps only the parts that contain every
 * word of it (full-text where the backend has it, so a database may also match other forms of a word); the page's
 * totals count only those parts.
 */
public interface LogStore {
    void append(TaskLogPart part);

    Page<TaskLogPart> ofTask(String taskId, String search, int page, int size);

    /** The parts of every task of the job, newest task first, each task's parts newest first. */
    Page<TaskLogPart> ofJob(String jobId, String search, int page, int size);

    default Page<TaskLogPart> ofTask(String taskId, int page, int size) {
        return ofTask(taskId, "", page, size);
    }

    default Page<TaskLogPart> ofJob(String jobId, int page, int size) {
        return ofJob(jobId, "", page, size);
    }
}
