package io.tork.adapters.out.runtime.docker;

import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes what finished task runs created while their results are already on their way: a task's outcome does not
 * wait for its exited containers, volumes and directories to go. Bounded: a few threads and a bounded queue; when
 * the queue is full, or the runtime is closing, the caller does its own cleanup, so no cleanup is ever dropped.
 * {@link #close()} waits, for a bounded time, for the cleanups already handed over.
 */
final class BackgroundCleanup implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundCleanup.class);
    private static final int THREADS = 4;
    private static final int QUEUE_CAPACITY = 1_000;
    private static final Duration CLOSE_LIMIT = Duration.ofSeconds(30);

    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(THREADS, THREADS, 10, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(QUEUE_CAPACITY),
            Thread.ofPlatform().daemon().name("tork-docker-cleanup-", 1).factory(),
            (cleanup, executor) -> Uninterruptibly.run(cleanup));

    BackgroundCleanup() {
        executor.allowCoreThreadTimeOut(true);
    }

    /** Runs {@code cleanup} soon; it must not throw, but a failure is logged rather than lost. */
    void submit(Runnable cleanup) {
        executor.execute(() -> {
            try {
                cleanup.run();
            } catch (RuntimeException | Error e) {
                LOG.warn("a docker cleanup failed", e);
            }
        });
    }

    /** Waits up to 30 s for the pending cleanups; later submissions run on the caller's thread. */
    @Override
    public void close() {
        executor.shutdown();
        boolean interrupted = false;
        try {
            if (!executor.awaitTermination(CLOSE_LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("{} docker cleanups still pending after {} s; containers or volumes labelled "
                        + TaskResources.MANAGED_LABEL + " may be left", executor.getQueue().size()
                        + executor.getActiveCount(), CLOSE_LIMIT.toSeconds());
            }
        } catch (InterruptedException e) {
            interrupted = true;
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
