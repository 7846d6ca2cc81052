package io.tork.application.coordinator;

import io.tork.domain.task.Task;

/**
 * Tells attempts that failed because their worker was lost from attempts that failed by their own doing, for
 * observers outside the coordinator (metrics count the new attempts of the former as redeliveries, of the latter
 * as retries).
 */
public final class LostWorkers {
    private LostWorkers() {
    }

    /** Whether the attempt failed because its worker stopped sending heartbeats. */
    public static boolean lostItsWorker(Task attempt) {
        return attempt.state() == io.tork.domain.task.TaskState.FAILED
                && LostTaskReassignment.isLostWorkerReason(attempt.error());
    }
}
