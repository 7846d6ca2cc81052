package io.tork.application.coordinator;

import io.tork.application.port.out.DistributedLock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The coordinator's periodic work: every heartbeat interval, a sweep for lost workers. A failing sweep (database
 * or lock backend down) is logged and the next one tries again.
 */
public final class CoordinatorTimers implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(CoordinatorTimers.class);
    private final LostWorkerRecovery recovery;
    private final Duration interval;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("coordinator-timers").factory());

    /** @param heartbeatInterval how often workers beat; nodes silent for three of these are lost */
    public CoordinatorTimers(CoordinatorServices services, DistributedLock lock, Duration heartbeatInterval) {
        this.recovery = new LostWorkerRecovery(services, lock, heartbeatInterval);
        this.interval = heartbeatInterval;
    }

    public void start() {
        long millis = Math.max(1, interval.toMillis());
        timer.scheduleWithFixedDelay(this::sweep, millis, millis, TimeUnit.MILLISECONDS);
    }

    private void sweep() {
        try {
            recovery.runOnce();
        } catch (RuntimeException e) {
            // an exception escaping here would cancel every later run of the timer
            log.warn("looking for lost workers failed: {}", e.getMessage(), e);
        }
    }

    /** Stops the timer and waits briefly for a sweep in progress to end. */
    @Override
    public void close() {
        // not interrupted: a sweep stopped half-way through a database call would only have to be redone
        timer.shutdown();
        try {
            if (!timer.awaitTermination(5, TimeUnit.SECONDS)) log.warn("a sweep for lost workers is still running");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
