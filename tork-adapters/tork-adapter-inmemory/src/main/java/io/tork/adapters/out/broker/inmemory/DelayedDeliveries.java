package io.tork.adapters.out.broker.inmemory;

import io.tork.application.port.out.Message;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * Messages published for later: one timer thread hands each to {@code deliver} once the clock shows its instant.
 * The timer measures elapsed time while the promise is about the clock, so a timer that fires early (the clock
 * was set back, or rounding) waits again; long delays are taken in steps of at most {@link #LONGEST_WAIT} for
 * the same reason.
 */
final class DelayedDeliveries implements AutoCloseable {
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(10);

    private final Clock clock;
    private final BiConsumer<String, Message> deliver;
    private final ScheduledThreadPoolExecutor timer;
    /** Pending deliveries by queue, so deleting a queue can cancel them; each set is touched only inside compute. */
    private final Map<String, Set<Delivery>> pendingByQueue = new ConcurrentHashMap<>();

    DelayedDeliveries(Clock clock, BiConsumer<String, Message> deliver) {
        this.clock = clock;
        this.deliver = deliver;
        this.timer = new ScheduledThreadPoolExecutor(1, Thread.ofPlatform().daemon().name("tork-queue-timer").factory());
        timer.setRemoveOnCancelPolicy(true);
        timer.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    void schedule(String queue, Message message, Instant deliverAt) {
        Delivery delivery = new Delivery(queue, message, deliverAt);
        pendingByQueue.compute(queue, (name, pending) -> {
            Set<Delivery> set = pending == null ? new HashSet<>() : pending;
            set.add(delivery);
            return set;
        });
        delivery.arm();
    }

    /** Drops every delivery still pending for the queue. */
    void cancel(String queue) {
        Set<Delivery> pending = pendingByQueue.remove(queue);
        if (pending != null) {
            pending.forEach(Delivery::cancel);
        }
    }

    /** Drops every pending delivery and stops the timer thread. */
    @Override
    public void close() {
        timer.shutdownNow();
        pendingByQueue.clear();
        try {
            timer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void forget(Delivery delivery) {
        pendingByQueue.computeIfPresent(delivery.queue, (name, pending) -> {
            pending.remove(delivery);
            return pending.isEmpty() ? null : pending;
        });
    }

    private final class Delivery implements Runnable {
        private final String queue;
        private final Message message;
        private final Instant deliverAt;
        private ScheduledFuture<?> future;
        private boolean cancelled;

        Delivery(String queue, Message message, Instant deliverAt) {
            this.queue = queue;
            this.message = message;
            this.deliverAt = deliverAt;
        }

        synchronized void arm() {
            if (cancelled) {
                return;
            }
            Duration wait = Duration.between(clock.instant(), deliverAt);
            if (wait.compareTo(LONGEST_WAIT) > 0) {
                wait = LONGEST_WAIT;
            }
            try {
                future = timer.schedule(this, Math.max(0, wait.toNanos()), TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException shutDown) {
                cancelled = true;
            }
        }

        synchronized void cancel() {
            cancelled = true;
            if (future != null) {
                future.cancel(false);
            }
        }

        @Override
        public void run() {
            synchronized (this) {
                if (cancelled) {
                    return;
                }
            }
            if (clock.instant().isBefore(deliverAt)) {
                arm();
                return;
            }
            forget(this);
            deliver.accept(queue, message);
        }
    }
}
