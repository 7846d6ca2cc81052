package io.tork.adapters.out.datastore.inmemory;

import io.tork.domain.task.Task;

/** Deletes a job with everything that belongs to it, as the database's cascading foreign keys do. */
final class JobDeletion {
    private final JobTable jobs;
    private final TaskTable tasks;
    private final LogTable logs;

    JobDeletion(JobTable jobs, TaskTable tasks, LogTable logs) {
        this.jobs = jobs;
        this.tasks = tasks;
        this.logs = logs;
    }

    /** Must run inside a unit of work, so that a failure restores all of it. */
    void delete(String jobId) {
        for (Task task : tasks.deleteOfJob(jobId)) {
            logs.deleteOfTask(task.id());
        }
        jobs.delete(jobId);
    }
}
