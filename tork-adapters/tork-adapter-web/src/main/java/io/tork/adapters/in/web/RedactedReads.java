package io.tork.adapters.in.web;

import io.tork.adapters.in.web.view.JobSummaryView;
import io.tork.adapters.in.web.view.JobView;
import io.tork.adapters.in.web.view.PageView;
import io.tork.adapters.in.web.view.SeedTaskView;
import io.tork.adapters.in.web.view.TaskLogPartView;
import io.tork.adapters.in.web.view.TaskView;
import io.tork.application.port.in.JobQueries;
import io.tork.application.port.out.JobQuery;
import io.tork.application.port.out.NotFoundException;
import io.tork.domain.job.Job;
import io.tork.domain.task.Task;
import java.util.List;

/**
 * Every read the API answers with, already redacted: nothing that holds a job's data leaves here without
 * passing through the job's {@link Redactor}.
 */
final class RedactedReads {
    private final JobQueries jobs;

    RedactedReads(JobQueries jobs) {
        this.jobs = jobs;
    }

    JobView job(String id) {
        return job(jobs.job(id));
    }

    JobView job(Job job) {
        Redactor redactor = Redactor.forJob(job);
        List<Task> execution = jobs.execution(job.id()).stream().map(redactor::task).toList();
        return JobView.of(redactor.job(job), execution);
    }

    JobSummaryView summary(Job job) {
        return JobSummaryView.of(Redactor.forJob(job).job(job));
    }

    PageView<JobSummaryView> jobs(JobQuery query) {
        return PageView.of(jobs.jobs(query), this::summary);
    }

    TaskView task(String id) {
        Task task = jobs.task(id);
        return TaskView.of(redactorOfJob(task.jobId()).task(task));
    }

    TaskView seedTask(Job job) {
        Redactor redactor = Redactor.forJob(job);
        List<Task> execution = jobs.execution(job.id()).stream().map(redactor::task).toList();
        return SeedTaskView.of(redactor.job(job), execution);
    }

    /** @param search words every part must contain (blank or null: every part) */
    PageView<TaskLogPartView> jobLog(String jobId, String search, Paging paging) {
        Redactor redactor = Redactor.forJob(jobs.job(jobId));
        return PageView.of(jobs.jobLog(jobId, search == null ? "" : search, paging.page(), paging.size()),
                part -> TaskLogPartView.of(redactor.logPart(part)));
    }

    PageView<TaskLogPartView> taskLog(String taskId, String search, Paging paging) {
        Redactor redactor = redactorOfJob(jobs.task(taskId).jobId());
        return PageView.of(jobs.taskLog(taskId, search == null ? "" : search, paging.page(), paging.size()),
                part -> TaskLogPartView.of(redactor.logPart(part)));
    }

    private Redactor redactorOfJob(String jobId) {
        try {
            return Redactor.forJob(jobs.job(jobId));
        } catch (NotFoundException e) {
            // a task whose job is gone still hides values of sensitive keys
            return Redactor.keysOnly();
        }
    }
}
