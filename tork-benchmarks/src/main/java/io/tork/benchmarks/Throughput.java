package io.tork.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Dispatch throughput: many one-task jobs submitted over the REST API by concurrent clients (each on a keep-alive
 * connection of its own) while the engine runs them; tasks per second from the first submission until the last job
 * is COMPLETED.
 */
final class Throughput {
    /** Concurrent API clients submitting jobs. */
    static final int SUBMITTERS = 8;

    private Throughput() {
    }

    /**
     * @param tasksPerSecond completed one-task jobs per second of wall-clock time
     * @param cpuMillisPerTask CPU time this JVM (engine and API clients, not PostgreSQL) spent per task: unlike the
     *                         rate, it hardly changes when other programs compete for the cores
     */
    record Measurement(double tasksPerSecond, double cpuMillisPerTask, long failed) {
    }

    /** Submits {@code jobs} copies of {@code jobJson} and measures until all completed. */
    static Measurement run(EngineUnderTest engine, int jobs, String jobJson) throws Exception {
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpuBefore = os.getProcessCpuTime();
        try (EngineApi api = engine.api()) {
            // jobs of an earlier pass on this engine (its warm-up) are counted out
            long endedBefore = api.countJobs("completed") + api.countJobs("failed");
            long failedBefore = api.countJobs("failed");
            AtomicInteger left = new AtomicInteger(jobs);
            AtomicReference<Throwable> failure = new AtomicReference<>();
            AtomicReference<String> lastSubmitted = new AtomicReference<>();
            List<Thread> submitters = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < SUBMITTERS; i++) {
                submitters.add(Thread.ofVirtual().start(() -> {
                    try (EngineApi.Submitter submitter = api.submitter()) {
                        while (left.getAndDecrement() > 0 && failure.get() == null) {
                            lastSubmitted.set(submitter.submit(jobJson));
                        }
                    } catch (Throwable e) {
                        failure.compareAndSet(null, e);
                    }
                }));
            }
            for (Thread submitter : submitters) submitter.join();
            if (failure.get() != null) throw new IllegalStateException("submitting failed", failure.get());
            // waiting for one of the last jobs costs a lookup per poll; counting every ended job is a search through
            // all of them, left for the few jobs still running after it
            api.awaitEnd(lastSubmitted.get(), Duration.ofMinutes(15), Duration.ofMillis(5));
            long ended = awaitEnded(api, endedBefore + jobs, failure, Duration.ofMinutes(15)) - endedBefore;
            double seconds = (System.nanoTime() - start) / 1e9;
            long failed = api.countJobs("failed") - failedBefore;
            if (ended < jobs) throw new IllegalStateException(ended + " of " + jobs + " jobs ended");
            return new Measurement(jobs / seconds, (os.getProcessCpuTime() - cpuBefore) / 1e6 / jobs, failed);
        }
    }

    /**
     * Polls the count of ended jobs (completed or failed), more often once the end is near so that the last poll
     * does not lengthen the run much (25 ms is under 1% of any run here). Not more often than that: each count is
     * a search through every job, which would then compete with the engine it measures.
     */
    private static long awaitEnded(EngineApi api, long jobs, AtomicReference<Throwable> failure, Duration patience)
            throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            long completed = api.countJobs("completed");
            long ended = completed >= jobs ? completed : completed + api.countJobs("failed");
            if (ended >= jobs || failure.get() != null) return ended;
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("only " + ended + " of " + jobs + " jobs ended in " + patience);
            }
            Thread.sleep(ended >= jobs * 0.9 ? 25 : 100);
        }
    }
}
