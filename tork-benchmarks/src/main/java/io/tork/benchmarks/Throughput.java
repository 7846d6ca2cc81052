package io.tork.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Dispatch throughput: many one-task jobs submitted over the REST API by concurrent clients while the engine runs
 * them; tasks per second from the first submission until the last job is COMPLETED.
 */
final class Throughput {
    /** Concurrent API clients submitting jobs. */
    static final int SUBMITTERS = 8;

    private Throughput() {
    }

    /** Submits {@code jobs} copies of {@code jobJson} and returns completed jobs per second. */
    static double run(EngineUnderTest engine, int jobs, String jobJson) throws Exception {
        try (EngineApi api = engine.api()) {
            AtomicInteger left = new AtomicInteger(jobs);
            AtomicReference<Throwable> failure = new AtomicReference<>();
            List<Thread> submitters = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < SUBMITTERS; i++) {
                submitters.add(Thread.ofVirtual().start(() -> {
                    try {
                        while (left.getAndDecrement() > 0 && failure.get() == null) api.submit(jobJson);
                    } catch (Throwable e) {
                        failure.compareAndSet(null, e);
                    }
                }));
            }
            long completed = awaitCompleted(api, jobs, failure, Duration.ofMinutes(15));
            double seconds = (System.nanoTime() - start) / 1e9;
            for (Thread submitter : submitters) submitter.join();
            if (failure.get() != null) throw new IllegalStateException("submitting failed", failure.get());
            long failed = api.countJobs("failed");
            if (failed > 0 || completed < jobs) {
                throw new IllegalStateException(failed + " jobs failed, " + completed + " of " + jobs + " completed");
            }
            return jobs / seconds;
        }
    }

    /** Polls the job count, often once the end is near so that the last poll does not lengthen the run much. */
    private static long awaitCompleted(EngineApi api, int jobs, AtomicReference<Throwable> failure, Duration patience)
            throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            long completed = api.countJobs("completed");
            if (completed >= jobs) return completed;
            if (failure.get() != null) return completed;
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("only " + completed + " of " + jobs + " jobs completed in " + patience);
            }
            Thread.sleep(completed >= jobs * 0.9 ? 5 : 100);
        }
    }
}
