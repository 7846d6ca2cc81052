package io.tork.application.worker;

import static io.tork.application.common.QueueNames.COMPLETED;
import static io.tork.application.common.QueueNames.ERROR;
import static io.tork.application.common.QueueNames.PROGRESS;
import static io.tork.application.common.QueueNames.STARTED;

import io.tork.application.common.Heartbeats;
import io.tork.application.common.HostFacts;
import io.tork.application.common.QueueNames;
import io.tork.application.port.out.IdGenerator;
import io.tork.application.port.out.Message;
import io.tork.application.port.out.Message.TaskMessage;
import io.tork.application.port.out.MessageQueue;
import io.tork.application.port.out.RuntimeListener;
import io.tork.application.port.out.Subscription;
import io.tork.application.port.out.TaskRuntime;
import io.tork.domain.common.Durations;
import io.tork.domain.node.Node;
import io.tork.domain.node.NodeStatus;
import io.tork.domain.spec.Limits;
import io.tork.domain.spec.TaskSpec;
import io.tork.domain.task.Task;
import io.tork.domain.task.TaskState;
import io.tork.application.worker.TaskExecution.Outcome;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes tasks from its queues, runs each through the runtime and reports started / completed / failed,
 * progress and log parts. Proves it is alive with heartbeats; listens on its private queue for cancellations.
 */
public final class Worker implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Worker.class);
    /** How long an outcome is held while the broker is away before the task is given back to run again. */
    private static final Duration REPORT_PATIENCE = Duration.ofMinutes(5);
    private final WorkerConfig config;
    private final MessageQueue queue;
    private final TaskRuntime runtime;
    private final IdGenerator ids;
    private final Clock clock;
    private final Instant startedAt;
    private final Map<String, TaskExecution> running = new ConcurrentHashMap<>();
    private final Map<String, LogShipper> shippers = new ConcurrentHashMap<>();
    private final RecentTasks recent = new RecentTasks(100_000);
    private final ReportSender reports;
    private final List<Subscription> subscriptions = new ArrayList<>();
    private final Heartbeats heartbeats;
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("worker-timers").factory());

    public Worker(WorkerConfig config, MessageQueue queue, TaskRuntime runtime, IdGenerator ids, Clock clock) {
        this.config = config;
        this.queue = queue;
        this.runtime = runtime;
        this.ids = ids;
        this.clock = clock;
        this.startedAt = clock.instant();
        this.reports = new ReportSender(queue, REPORT_PATIENCE);
        this.heartbeats = new Heartbeats(queue, this::describe, config.heartbeatInterval());
    }

    public String nodeId() {
        return config.nodeId();
    }

    public void start() {
        subscriptions.add(queue.subscribe(QueueNames.privateQueueOf(config.nodeId()), 1, this::onCancellation));
        config.queues().forEach((name, concurrency) ->
                subscriptions.add(queue.subscribe(name, Math.max(1, concurrency), this::onTask)));
        // twice a second, so that a console shows a line within a second of the task printing it
        timers.scheduleAtFixedRate(this::flushLogs, 500, 500, TimeUnit.MILLISECONDS);
        heartbeats.start();
        log.info("worker {} consuming {}", config.nodeId(), config.queues());
    }

    private void onTask(Message message) throws InterruptedException {
        if (message instanceof TaskMessage(Task task)) {
            execute(task);
        }
    }

    private void onCancellation(Message message) {
        if (message instanceof TaskMessage(Task task)) {
            TaskExecution execution = running.get(task.id());
            if (execution != null) {
                log.info("cancelling task {}", task.id());
                execution.cancel();
            }
        }
    }

    private void execute(Task scheduled) throws InterruptedException {
        if (scheduled.state() != TaskState.SCHEDULED) {
            log.warn("ignoring task {} delivered in state {}", scheduled.id(), scheduled.state());
            return;
        }
        if (!recent.firstTime(scheduled.id())) {
            log.info("ignoring task {}: delivered again after this worker took it", scheduled.id());
            return;
        }
        try {
            run(scheduled);
        } catch (RuntimeException | InterruptedException e) {
            // the delivery goes back to the broker: this worker must take it again, not ignore it as a repeat
            recent.forget(scheduled.id());
            throw e;
        }
    }

    private void run(Task scheduled) throws InterruptedException {
        Task task = scheduled.start(config.nodeId(), clock.instant());
        LogShipper shipper = new LogShipper(task.id(), queue, ids, clock);
        TaskExecution execution = new TaskExecution(runtime, prepare(task), listener(task, shipper));
        // registered before the start is reported: the coordinator may answer the report with a cancellation at once
        shippers.put(task.id(), shipper);
        running.put(task.id(), execution);
        StartReport start = StartReport.after(task.id(), () -> queue.publish(STARTED, new TaskMessage(task)), timers);
        Outcome outcome;
        try {
            outcome = execution.run(timeoutOf(task));
        } catch (InterruptedException e) {
            start.withdraw();
            throw e;
        } finally {
            running.remove(task.id());
            shippers.remove(task.id());
            flushQuietly(shipper);
        }
        report(task, outcome, start);
    }

    private void report(Task task, Outcome outcome, StartReport start) throws InterruptedException {
        switch (outcome) {
            case Outcome.Succeeded(String result) -> {
                start.settleBeforeCompletion();
                reports.send(COMPLETED, new TaskMessage(task.complete(result == null ? "" : result, clock.instant())));
            }
            case Outcome.Failed(String error) -> reportFailure(task, error, start);
            case Outcome.TimedOut(Duration after) ->
                    reportFailure(task, "task timed out after " + Durations.format(after), start);
            case Outcome.Interrupted() -> reportFailure(task, "task was interrupted", start);
            case Outcome.Cancelled() -> {
                start.withdraw();
                log.info("task {} cancelled", task.id());
            }
        }
    }

    /** A failure follows its own start report, as it always did: only a completion carries the start. */
    private void reportFailure(Task task, String error, StartReport start) throws InterruptedException {
        start.sendNow();
        reports.send(ERROR, new TaskMessage(task.fail(error, clock.instant())));
    }

    private static void flushQuietly(LogShipper shipper) {
        try {
            shipper.flush();
        } catch (RuntimeException e) {
            log.warn("could not ship the last log part: {}", e.getMessage());
        }
    }

    private RuntimeListener listener(Task task, LogShipper shipper) {
        return new RuntimeListener() {
            @Override
            public void log(String text) {
                shipper.append(text);
            }

            @Override
            public void progress(double percent) {
                queue.publish(PROGRESS, new TaskMessage(task.withProgress(percent)));
            }
        };
    }

    /** The task as the runtime needs it: identity variables in its environment, the worker's default limits. */
    private Task prepare(Task task) {
        Map<String, String> env = new LinkedHashMap<>();
        if (task.spec().env() != null) env.putAll(task.spec().env());
        env.put("TORK_TASK_ID", task.id());
        env.put("TORK_JOB_ID", task.jobId());
        env.put("TORK_ATTEMPT", Integer.toString(task.attempt()));
        TaskSpec spec = task.spec().toBuilder().env(env).limits(Limits.merge(task.spec().limits(), config.defaultLimits())).build();
        return task.toBuilder().spec(spec).build();
    }

    private Duration timeoutOf(Task task) {
        String own = task.spec().timeout();
        return own == null || own.isBlank() ? config.defaultTimeout() : Durations.parse(own);
    }

    private void flushLogs() {
        shippers.values().forEach(shipper -> {
            try {
                shipper.flush();
            } catch (RuntimeException e) {
                log.warn("could not ship a log part: {}", e.getMessage());
            }
        });
    }

    private Node describe() {
        NodeStatus status = runtime.isHealthy() ? NodeStatus.UP : NodeStatus.DOWN;
        return new Node(config.nodeId(), config.name(), "worker", startedAt, clock.instant(), HostFacts.cpuPercent(),
                QueueNames.privateQueueOf(config.nodeId()), status, HostFacts.hostname(), 0, running.size(),
                config.version());
    }

    /** Stops taking tasks, stops the running ones (their runtimes clean up) and the timers. */
    @Override
    public void close() {
        subscriptions.forEach(Subscription::close);
        subscriptions.clear();
        running.values().forEach(TaskExecution::cancel);
        heartbeats.close();
        timers.shutdownNow();
    }
}
