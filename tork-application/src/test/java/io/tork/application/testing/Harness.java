package io.tork.application.testing;

import static org.awaitility.Awaitility.await;

import io.tork.application.common.TaskRenderer;
import io.tork.application.coordinator.Coordinator;
import io.tork.application.coordinator.CoordinatorServices;
import io.tork.application.job.JobControl;
import io.tork.application.job.JobReading;
import io.tork.application.job.JobSubmission;
import io.tork.application.port.in.SubmitJobCommand;
import io.tork.application.system.SystemStatus;
import io.tork.application.worker.Worker;
import io.tork.application.worker.WorkerConfig;
import io.tork.domain.job.Job;
import io.tork.domain.spec.JobSpec;
import io.tork.domain.task.Task;
import io.tork.domain.task.TaskState;
import io.tork.domain.validation.KnownRuntimes;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.awaitility.core.ConditionFactory;

/**
 * A whole engine over fakes: coordinator, one worker running tasks through a {@link ScriptedRuntime}, and the
 * use cases, wired in one line ({@code Harness.start()}). Close it after each test: it stops the worker's
 * threads and fails the test if any message handler threw.
 */
public final class Harness implements AutoCloseable {
    public static final String WORKER_ID = "00000000000000000000000000ff0001";
    public static final Duration PATIENCE = Duration.ofSeconds(5);

    private final MutableClock clock = new MutableClock();
    private final SequentialIds ids = new SequentialIds();
    private final FakeStores stores = new FakeStores();
    private final DirectMessageQueue queue = new DirectMessageQueue(clock);
    private final RecordingEventBus events = new RecordingEventBus();
    private final ScriptedRuntime runtime = new ScriptedRuntime();
    private final Coordinator coordinator;
    private final Worker worker;
    private final JobSubmission submission;
    private final JobControl control;
    private final JobReading reading;
    private final SystemStatus system;

    private Harness(Builder b) {
        SimpleExpressions expressions = new SimpleExpressions();
        coordinator = new Coordinator(new CoordinatorServices(stores.stores(), queue, events,
                new TaskRenderer(expressions), ids, clock));
        submission = new JobSubmission(stores.stores(), coordinator.jobStart(), expressions, ids, clock,
                KnownRuntimes.unchecked(true));
        control = new JobControl(stores.stores(), queue);
        reading = new JobReading(stores.stores(), events);
        Map<String, BooleanSupplier> indicators = new LinkedHashMap<>();
        indicators.put("broker", queue::isHealthy);
        indicators.put("runtime", runtime::isHealthy);
        indicators.putAll(b.indicators);
        system = new SystemStatus(stores.stores(), queue, indicators, clock, "test", b.heartbeatInterval);
        worker = b.withWorker ? new Worker(new WorkerConfig(WORKER_ID, "worker-one", b.workerQueues, null, null,
                b.heartbeatInterval, "test"), queue, runtime, ids, clock) : null;
    }

    /** Awaitility with short polls and the harness's patience. */
    public static ConditionFactory eventually() {
        return await().atMost(PATIENCE).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5));
    }

    public static Harness start() {
        return builder().start();
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final Map<String, Integer> workerQueues = new LinkedHashMap<>(Map.of("default", 1));
        private final Map<String, BooleanSupplier> indicators = new LinkedHashMap<>();
        private boolean withWorker = true;
        private Duration heartbeatInterval = Duration.ofHours(1);

        /** No worker: tasks wait in their queues and tests report on them by hand. */
        public Builder withoutWorker() {
            withWorker = false;
            return this;
        }

        public Builder workerQueue(String name, int concurrency) {
            workerQueues.put(name, concurrency);
            return this;
        }

        /** How often the worker beats (real time) and what the status service expects. */
        public Builder heartbeatInterval(Duration interval) {
            heartbeatInterval = interval;
            return this;
        }

        public Builder indicator(String name, BooleanSupplier check) {
            indicators.put(name, check);
            return this;
        }

        public Harness start() {
            Harness h = new Harness(this);
            h.coordinator.start(1);
            if (h.worker != null) h.worker.start();
            return h;
        }
    }

    public Job submit(JobSpec spec) {
        return submission.submit(SubmitJobCommand.of(spec));
    }

    /** Waits for the job to end (COMPLETED, FAILED or CANCELLED) and returns it as stored. */
    public Job awaitEnd(String jobId) {
        try {
            Optional<Job> ended = reading.awaitEnd(jobId, PATIENCE);
            if (ended.isEmpty()) {
                throw new AssertionError("job " + jobId + " did not end: " + job(jobId) + "\ntasks: " + execution(jobId)
                        + "\nhandler failures: " + queue.failures());
            }
            return job(jobId);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for job " + jobId);
        }
    }

    /** Waits until the job is in {@code state} and returns it (for changes that do not end the job, or restarts). */
    public Job awaitState(String jobId, io.tork.domain.job.JobState state) {
        eventually().until(() -> job(jobId).state() == state);
        return job(jobId);
    }

    /** Waits until the latest attempt of the task named {@code name} is in {@code state}, and returns it. */
    public Task awaitTask(String jobId, String name, TaskState state) {
        eventually()
                .until(() -> latestTask(jobId, name).map(t -> t.state() == state).orElse(false));
        return latestTask(jobId, name).orElseThrow();
    }

    public Job job(String jobId) {
        return reading.job(jobId);
    }

    public List<Task> execution(String jobId) {
        return reading.execution(jobId);
    }

    /** Every attempt of the task named {@code name}, first to last. */
    public List<Task> attempts(String jobId, String name) {
        return execution(jobId).stream().filter(t -> name.equals(t.spec().name())).toList();
    }

    public Optional<Task> latestTask(String jobId, String name) {
        List<Task> attempts = attempts(jobId, name);
        return attempts.isEmpty() ? Optional.empty() : Optional.of(attempts.getLast());
    }

    /** Moves the clock on and delivers what was published for delivery by then. */
    public void advanceClock(Duration by) {
        queue.advanceTo(clock.advance(by));
    }

    public MutableClock clock() {
        return clock;
    }

    public SequentialIds ids() {
        return ids;
    }

    public FakeStores stores() {
        return stores;
    }

    public DirectMessageQueue queue() {
        return queue;
    }

    public RecordingEventBus events() {
        return events;
    }

    public ScriptedRuntime runtime() {
        return runtime;
    }

    public Worker worker() {
        return worker;
    }

    public Coordinator coordinator() {
        return coordinator;
    }

    public JobSubmission submission() {
        return submission;
    }

    public JobControl control() {
        return control;
    }

    public JobReading reading() {
        return reading;
    }

    public SystemStatus system() {
        return system;
    }

    @Override
    public void close() {
        if (worker != null) worker.close();
        coordinator.close();
        queue.close();
        if (!queue.failures().isEmpty()) {
            AssertionError error = new AssertionError("message handlers failed: " + queue.failures());
            queue.failures().forEach(f -> error.addSuppressed(f.error()));
            throw error;
        }
    }
}
