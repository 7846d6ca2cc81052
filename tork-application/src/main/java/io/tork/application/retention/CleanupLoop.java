package io.tork.application.retention;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link Cleanup} passes in the background (reference §6.3): the pause between passes starts at a minute,
 * halves after a pass that deleted something (there may be more) and doubles after one that did not, staying
 * between a minute and an hour. A random extra pause of up to a minute keeps coordinators started together from
 * cleaning in step. A failing pass is logged and counts as one that deleted nothing.
 */
public final class CleanupLoop implements AutoCloseable {
    static final Duration MIN_INTERVAL = Duration.ofMinutes(1);
    static final Duration MAX_INTERVAL = Duration.ofHours(1);
    private static final Logger log = LoggerFactory.getLogger(CleanupLoop.class);

    private final Cleanup cleanup;
    private final Supplier<Duration> jitter;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("cleanup").factory());
    private Duration interval = MIN_INTERVAL;

    public CleanupLoop(Cleanup cleanup) {
        this(cleanup, () -> Duration.ofMillis(ThreadLocalRandom.current().nextLong(1_000, 60_001)));
    }

    CleanupLoop(Cleanup cleanup, Supplier<Duration> jitter) {
        this.cleanup = Objects.requireNonNull(cleanup, "cleanup");
        this.jitter = Objects.requireNonNull(jitter, "jitter");
    }

    public void start() {
        scheduleNext();
    }

    /** The pause after a pass, given the pause before it. */
    static Duration nextInterval(Duration current, boolean deletedAnything) {
        Duration next = deletedAnything ? current.dividedBy(2) : current.multipliedBy(2);
        if (next.compareTo(MIN_INTERVAL) < 0) return MIN_INTERVAL;
        return next.compareTo(MAX_INTERVAL) > 0 ? MAX_INTERVAL : next;
    }

    private void scheduleNext() {
        if (timer.isShutdown()) return;
        long millis = interval.plus(jitter.get()).toMillis();
        try {
            timer.schedule(this::pass, millis, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // closed meanwhile
        }
    }

    private void pass() {
        boolean deleted = false;
        try {
            deleted = cleanup.runOnce().deletedAnything();
        } catch (RuntimeException e) {
            log.warn("cleanup of expired jobs and logs failed: {}", e.getMessage());
        }
        interval = nextInterval(interval, deleted);
        scheduleNext();
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            if (!timer.awaitTermination(5, TimeUnit.SECONDS)) log.warn("a cleanup pass is still running");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
