package io.tork.adapters.in.web;

import io.tork.application.port.in.ControlJobUseCase;
import io.tork.application.port.in.InvalidRequestException;
import io.tork.application.port.in.JobQueries;
import io.tork.application.port.in.SubmitJobCommand;
import io.tork.application.port.in.SubmitJobUseCase;
import io.tork.application.port.in.SystemQueries;
import io.tork.application.port.out.Activity;
import io.tork.application.port.out.JobQuery;
import io.tork.application.port.out.NotFoundException;
import io.tork.application.port.out.Page;
import io.tork.application.port.out.QueueInfo;
import io.tork.application.port.out.Subscription;
import io.tork.domain.job.Job;
import io.tork.domain.job.JobKind;
import io.tork.domain.node.Node;
import io.tork.domain.spec.JobSpec;
import io.tork.domain.spec.TaskSpec;
import io.tork.domain.task.Task;
import io.tork.domain.task.TaskLogPart;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** The four inbound ports over plain maps, with switches to make them refuse or fail. */
final class FakeApplication implements SubmitJobUseCase, ControlJobUseCase, JobQueries, SystemQueries {
    static final Instant NOW = Instant.parse("2026-01-02T03:04:05.123456Z");

    final Map<String, Job> jobs = java.util.Collections.synchronizedMap(new LinkedHashMap<>());
    final Map<String, Task> tasks = java.util.Collections.synchronizedMap(new LinkedHashMap<>());
    final List<TaskLogPart> logs = new ArrayList<>();
    final List<Node> nodes = new ArrayList<>();
    final Map<String, QueueInfo> queues = new LinkedHashMap<>();
    final List<SubmitJobCommand> submitted = new CopyOnWriteArrayList<>();
    final List<TaskSpec> submittedTasks = new CopyOnWriteArrayList<>();
    final List<String> cancelled = new CopyOnWriteArrayList<>();
    final List<String> restarted = new CopyOnWriteArrayList<>();
    final List<String> deletedQueues = new CopyOnWriteArrayList<>();
    final List<JobQuery> queries = new CopyOnWriteArrayList<>();
    final List<Duration> waits = new CopyOnWriteArrayList<>();
    final List<String> logSearches = new CopyOnWriteArrayList<>();
    final FakeScheduledJobs scheduledJobs = new FakeScheduledJobs();
    final List<Consumer<Activity>> watchers = new CopyOnWriteArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();

    Health health = new Health("UP", "", Map.of("datastore", "UP"));
    Metrics metrics = new Metrics(0, 0, 0, 0);
    /** What {@code awaitEnd} answers: empty means the wait timed out. */
    Optional<Job> awaitAnswer = Optional.empty();
    /** Thrown by {@code submit}/{@code submitTask}, as the real application does for invalid documents. */
    InvalidRequestException rejection;
    /** Thrown by every port method: a bug or an outage behind the port. */
    RuntimeException failure;
    /** Thrown by cancel and restart. */
    RuntimeException controlRefusal;

    Job add(Job job) {
        jobs.put(job.id(), job);
        return job;
    }

    Task add(Task task) {
        tasks.put(task.id(), task);
        return task;
    }

    @Override
    public Job submit(SubmitJobCommand command) {
        check();
        if (rejection != null) throw rejection;
        submitted.add(command);
        return add(Job.submitted("job-" + ids.incrementAndGet(), command.kind(), command.spec(), NOW));
    }

    @Override
    public Job submitTask(TaskSpec task) {
        check();
        if (rejection != null) throw rejection;
        submittedTasks.add(task);
        JobSpec spec = JobSpec.of(task.name() == null ? "task" : task.name(), List.of(task));
        return add(Job.submitted("seed-" + ids.incrementAndGet(), JobKind.SINGLE_TASK, spec, NOW));
    }

    @Override
    public void cancel(String jobId) {
        check();
        job(jobId);
        if (controlRefusal != null) throw controlRefusal;
        cancelled.add(jobId);
    }

    @Override
    public void restart(String jobId) {
        check();
        job(jobId);
        if (controlRefusal != null) throw controlRefusal;
        restarted.add(jobId);
    }

    @Override
    public Job job(String id) {
        check();
        Job job = jobs.get(id);
        if (job == null) throw new NotFoundException("job not found");
        return job;
    }

    @Override
    public List<Task> execution(String jobId) {
        check();
        List<Task> all;
        synchronized (tasks) {
            all = List.copyOf(tasks.values());
        }
        return all.stream().filter(t -> t.jobId().equals(jobId))
                .sorted(Comparator.comparingInt(Task::position).thenComparing(Task::createdAt)).toList();
    }

    @Override
    public Page<Job> jobs(JobQuery query) {
        check();
        queries.add(query);
        synchronized (jobs) {
            return Page.slice(List.copyOf(jobs.values()), query.page(), query.size());
        }
    }

    @Override
    public Task task(String id) {
        check();
        Task task = tasks.get(id);
        if (task == null) throw new NotFoundException("task not found");
        return task;
    }

    @Override
    public Page<TaskLogPart> taskLog(String taskId, String search, int page, int size) {
        task(taskId);
        logSearches.add(search);
        return Page.slice(logs.stream().filter(p -> p.taskId().equals(taskId)).filter(p -> contains(p, search))
                .toList(), page, size);
    }

    @Override
    public Page<TaskLogPart> jobLog(String jobId, String search, int page, int size) {
        job(jobId);
        logSearches.add(search);
        List<String> taskIds = execution(jobId).stream().map(Task::id).toList();
        return Page.slice(logs.stream().filter(p -> taskIds.contains(p.taskId())).filter(p -> contains(p, search))
                .toList(), page, size);
    }

    private static boolean contains(TaskLogPart part, String search) {
        return search == null || search.isBlank() || part.contents().contains(search.trim());
    }

    @Override
    public Optional<Job> awaitEnd(String jobId, Duration timeout) {
        check();
        waits.add(timeout);
        return awaitAnswer;
    }

    @Override
    public Subscription watch(Consumer<Activity> watcher) {
        watchers.add(watcher);
        return () -> watchers.remove(watcher);
    }

    /** Tells the watchers, as the coordinator does once a change is stored. */
    void announce(Activity activity) {
        watchers.forEach(w -> w.accept(activity));
    }

    @Override
    public Health health() {
        check();
        return health;
    }

    @Override
    public List<Node> nodes() {
        check();
        return List.copyOf(nodes);
    }

    @Override
    public List<QueueInfo> queues() {
        check();
        return List.copyOf(queues.values());
    }

    @Override
    public Optional<QueueInfo> queue(String name) {
        check();
        return Optional.ofNullable(queues.get(name));
    }

    @Override
    public void deleteQueue(String name) {
        check();
        if (name.startsWith("x-")) throw new InvalidRequestException("queue " + name + " is not a task queue");
        deletedQueues.add(name);
        queues.remove(name);
    }

    @Override
    public Metrics metrics() {
        check();
        return metrics;
    }

    ApiServices services() {
        return new ApiServices(this, this, this, this, scheduledJobs);
    }

    private void check() {
        if (failure != null) throw failure;
    }
}
