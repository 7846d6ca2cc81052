package io.tork.application.job;

import io.tork.application.common.Events;
import io.tork.application.common.Stores;
import io.tork.application.port.in.JobQueries;
import io.tork.application.port.out.Activity;
import io.tork.application.port.out.EventBus;
import io.tork.application.port.out.JobQuery;
import io.tork.application.port.out.NotFoundException;
import io.tork.application.port.out.Page;
import io.tork.application.port.out.Subscription;
import io.tork.domain.job.Job;
import io.tork.domain.task.Task;
import io.tork.domain.task.TaskLogPart;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

public final class JobReading implements JobQueries {
    private final Stores stores;
    private final EventBus events;

    public JobReading(Stores stores, EventBus events) {
        this.stores = stores;
        this.events = events;
    }

    @Override
    public Job job(String id) {
        return stores.jobs().find(id).orElseThrow(() -> new NotFoundException("job not found"));
    }

    @Override
    public List<Task> execution(String jobId) {
        return stores.tasks().tasksOfJob(jobId);
    }

    @Override
    public Page<Job> jobs(JobQuery query) {
        return stores.jobs().page(query);
    }

    @Override
    public Task task(String id) {
        return stores.tasks().find(id).orElseThrow(() -> new NotFoundException("task not found"));
    }

    @Override
    public Page<TaskLogPart> taskLog(String taskId, String search, int page, int size) {
        task(taskId);
        return stores.logs().ofTask(taskId, search == null ? "" : search.trim(), page, size);
    }

    @Override
    public Page<TaskLogPart> jobLog(String jobId, String search, int page, int size) {
        job(jobId);
        return stores.logs().ofJob(jobId, search == null ? "" : search.trim(), page, size);
    }

    @Override
    public Optional<Job> awaitEnd(String jobId, Duration timeout) throws InterruptedException {
        CompletableFuture<Job> ended = new CompletableFuture<>();
        // subscribe before looking, so an end between the look and the subscription is not missed
        try (Subscription ignored = events.subscribe(Events.ALL_JOB_EVENTS, job -> {
            if (job.id().equals(jobId) && job.state().isTerminal()) ended.complete(job);
        })) {
            Job current = job(jobId);
            if (current.state().isTerminal()) return Optional.of(current);
            return Optional.of(ended.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            return Optional.empty();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public Subscription watch(Consumer<Activity> watcher) {
        return events.watch(watcher);
    }
}
