package io.tork.application.port.in;

import io.tork.application.port.out.Activity;
import io.tork.application.port.out.JobQuery;
import io.tork.application.port.out.Page;
import io.tork.application.port.out.Subscription;
import io.tork.domain.job.Job;
import io.tork.domain.task.Task;
import io.tork.domain.task.TaskLogPart;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Reading jobs and tasks. Secrets are the caller's to redact (the web adapter does, for every response). */
public interface JobQueries {
    /** @throws io.tork.application.port.out.NotFoundException ({@code job not found}) */
    Job job(String id);

    /** Every attempt of every task of the job, by position then creation. */
    List<Task> execution(String jobId);

    Page<Job> jobs(JobQuery query);

    /** @throws io.tork.application.port.out.NotFoundException ({@code task not found}) */
    Task task(String id);

    /** @param search words every returned part contains (blank: all parts) */
    Page<TaskLogPart> taskLog(String taskId, String search, int page, int size);

    Page<TaskLogPart> jobLog(String jobId, String search, int page, int size);

    default Page<TaskLogPart> taskLog(String taskId, int page, int size) {
        return taskLog(taskId, "", page, size);
    }

    default Page<TaskLogPart> jobLog(String jobId, int page, int size) {
        return jobLog(jobId, "", page, size);
    }

    /** Waits until the job is COMPLETED, FAILED or CANCELLED; empty if {@code timeout} passes first. */
    Optional<Job> awaitEnd(String jobId, Duration timeout) throws InterruptedException;

    /**
     * Calls {@code watcher} with a notice each time a job, one of its tasks or a task's log changes, in this
     * process or any other sharing the broker, until the subscription is closed. See {@link Activity}.
     */
    Subscription watch(Consumer<Activity> watcher);
}
