package io.tork.application.port.out;

import io.tork.domain.task.TaskLogPart;

/** Log parts of tasks. Pages are newest first. */
public interface LogStore {
    void append(TaskLogPart part);

    Page<TaskLogPart> ofTask(String taskId, int page, int size);

    /** The parts of every task of the job, newest task first, each task's parts newest first. */
    Page<TaskLogPart> ofJob(String jobId, int page, int size);
}
