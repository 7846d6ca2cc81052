package io.tork.benchmarks;

import io.tork.application.port.out.RuntimeListener;
import io.tork.application.port.out.TaskRuntime;
import io.tork.domain.task.Task;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * A runtime that runs nothing, so that a benchmark measures the engine's own cost of dispatching a task. It exists
 * only in this harness, handed to the engine through the wiring's embedding seam; no configuration selects it.
 * When asked, it remembers when the task of each job began, for the scheduling latency.
 */
final class NoopRuntime implements TaskRuntime {
    private final Map<String, Long> startedAtNanos = new ConcurrentHashMap<>();
    private final LongAdder runs = new LongAdder();
    private volatile boolean recordingStarts;

    @Override
    public String name() {
        return "noop";
    }

    @Override
    public String run(Task task, RuntimeListener listener) {
        if (recordingStarts) startedAtNanos.putIfAbsent(task.jobId(), System.nanoTime());
        runs.increment();
        return "";
    }

    @Override
    public boolean isHealthy() {
        return true;
    }

    void recordStarts() {
        recordingStarts = true;
    }

    long runs() {
        return runs.sum();
    }

    /** {@link System#nanoTime()} when the task of {@code jobId} began, waiting up to {@code patience} for it. */
    long awaitStart(String jobId, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            Long at = startedAtNanos.remove(jobId);
            if (at != null) return at;
            if (System.nanoTime() > deadline) throw new IllegalStateException("the task of job " + jobId + " never began");
            Thread.onSpinWait();
            Thread.sleep(0, 100_000);
        }
    }
}
