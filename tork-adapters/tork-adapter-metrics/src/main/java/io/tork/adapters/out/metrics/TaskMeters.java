package io.tork.adapters.out.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.tork.application.coordinator.LostWorkers;
import io.tork.domain.task.Task;
import io.tork.domain.task.TaskState;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * What this coordinator did to tasks: how many entered each state, how long container tasks ran and waited in
 * their queue, and how many new attempts it made because a task failed (retries) or lost its worker
 * (redeliveries).
 */
final class TaskMeters {
    /** Bucket bounds of the duration histograms: from a quick echo to a long batch job. */
    static final Duration[] BUCKETS = {
            Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
            Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30),
            Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofHours(1)};

    private final Map<TaskState, Counter> entered = new EnumMap<>(TaskState.class);
    private final Map<TaskState, Timer> durations = new EnumMap<>(TaskState.class);
    private final Timer queueWait;
    private final Counter retries;
    private final Counter redeliveries;

    TaskMeters(MeterRegistry registry) {
        for (TaskState state : TaskState.values()) {
            entered.put(state, Counter.builder("tork.task.transitions").tag("state", state.name())
                    .description("Tasks that entered this state (counted by the coordinator that stored the change)")
                    .register(registry));
        }
        for (TaskState state : new TaskState[] {TaskState.COMPLETED, TaskState.FAILED, TaskState.CANCELLED}) {
            durations.put(state, Timer.builder("tork.task.duration").tag("state", state.name())
                    .description("How long container tasks ran, from start to their end state")
                    .serviceLevelObjectives(BUCKETS)
                    .register(registry));
        }
        queueWait = Timer.builder("tork.task.queue.wait")
                .description("How long container tasks waited between being scheduled and starting on a worker")
                .serviceLevelObjectives(BUCKETS)
                .register(registry);
        retries = Counter.builder("tork.task.retries")
                .description("New attempts of tasks that failed and had retries left")
                .register(registry);
        redeliveries = Counter.builder("tork.task.redeliveries")
                .description("New attempts of tasks whose worker stopped sending heartbeats")
                .register(registry);
    }

    void created(Task task, Optional<Task> replaced) {
        entered.get(task.state()).increment();
        if (task.attempt() > 1 && replaced.isPresent()) {
            (LostWorkers.lostItsWorker(replaced.get()) ? redeliveries : retries).increment();
        }
    }

    void moved(Task before, Task after) {
        entered.get(after.state()).increment();
        boolean ranOnAWorker = after.nodeId() != null;
        if (!ranOnAWorker) return;
        if (after.state() == TaskState.RUNNING) {
            record(queueWait, after.scheduledAt(), after.startedAt());
        } else if (before.state() == TaskState.RUNNING && durations.containsKey(after.state())) {
            record(durations.get(after.state()), after.startedAt(), endOf(after));
        }
    }

    private static Instant endOf(Task task) {
        return task.state() == TaskState.FAILED ? task.failedAt() : task.completedAt();
    }

    private static void record(Timer timer, Instant from, Instant to) {
        if (from == null || to == null) return;
        // the worker's and the coordinator's clocks may disagree by a little: never record a negative wait
        Duration elapsed = Duration.between(from, to);
        timer.record(elapsed.isNegative() ? Duration.ZERO : elapsed);
    }
}
