package io.tork.application.events;

import io.tork.domain.job.Job;
import io.tork.domain.task.Task;

/**
 * Told about every job and task this process stores, once the change is committed. Called on the thread that
 * made the change, so implementations must be quick (hand slow work to another thread) and must not throw.
 */
public interface StoreChangeListener {
    /** @param before the job as it was, or null when it was just created */
    void jobChanged(Job before, Job after);

    /** @param before the task as it was, or null when it was just created */
    void taskChanged(Task before, Task after);
}
