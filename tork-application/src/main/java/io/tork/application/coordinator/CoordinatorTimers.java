package io.tork.application.coordinator;

import io.tork.application.common.OutboxRelay;
import io.tork.application.port.out.DistributedLock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The coordinator's periodic work: every heartbeat interval a sweep for lost workers, and every
 * {@link #RELAY_INTERVAL} a relay of outbox messages that were committed but never sent. A failing run (database,
 * broker or lock backend down) is logged and the next one tries again.
 */
public final class CoordinatorTimers implements AutoCloseable {
    public static final String RELAY_LOCK_KEY = "tork.outbox";
    static final Duration RELAY_INTERVAL = Duration.ofSeconds(2);
    /** Longer than any live process takes between committing and sending. */
    static final Duration RELAY_GRACE = Duration.ofSeconds(5);
    private static final Logger log = LoggerFactory.getLogger(CoordinatorTimers.class);
    private final LostWorkerRecovery recovery;
    private final OutboxRelay relay;
    private final DistributedLock lock;
    private final Duration interval;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("coordinator-timers").factory());

    /** @param heartbeatInterval how often workers beat; nodes silent for three of these are lost */
    public CoordinatorTimers(CoordinatorServices services, DistributedLock lock, Duration heartbeatInterval) {
        this.recovery = new LostWorkerRecovery(services, lock, heartbeatInterval);
        this.relay = new OutboxRelay(services.stores().outbox(), services.queue(), services.clock(), RELAY_GRACE);
        this.lock = lock;
        this.interval = heartbeatInterval;
    }

    public void start() {
        long millis = Math.max(1, interval.toMillis());
        timer.scheduleWithFixedDelay(this::sweep, millis, millis, TimeUnit.MILLISECONDS);
        long relayMillis = RELAY_INTERVAL.toMillis();
        timer.scheduleWithFixedDelay(this::relay, relayMillis, relayMillis, TimeUnit.MILLISECONDS);
    }

    private void sweep() {
        try {
            recovery.runOnce();
        } catch (RuntimeException e) {
            // an exception escaping here would cancel every later run of the timer
            log.warn("looking for lost workers failed: {}", e.getMessage(), e);
        }
    }

    private void relay() {
        try {
            // one relay at a time across coordinators, so that two do not send the same entries together
            Optional<DistributedLock.Lock> held = lock.tryAcquire(RELAY_LOCK_KEY);
            if (held.isEmpty()) return;
            try (DistributedLock.Lock ignored = held.get()) {
                int relayed = relay.relayOnce();
                if (relayed > 0) log.info("sent {} message(s) that were committed but not sent before", relayed);
            }
        } catch (RuntimeException e) {
            log.warn("relaying outbox messages failed: {}", e.getMessage());
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
