package io.tork.application.worker;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The report that a task started, sent only once the task has run for {@link #GRACE}. A task that succeeds sooner
 * is reported once, by its completion, which carries its start (node and time): the coordinator records both in
 * one transaction, and the start's message, transaction and row locks are spared — most of a short task's cost.
 * A task that runs longer is seen RUNNING at most {@link #GRACE} late, with the time it really started.
 */
final class StartReport {
    static final Duration GRACE = Duration.ofMillis(50);
    private static final Logger log = LoggerFactory.getLogger(StartReport.class);
    private static final int WAITING = 0;
    private static final int SENDING = 1;
    private static final int FOLDED = 2;
    private final AtomicInteger state = new AtomicInteger(WAITING);
    private final CountDownLatch sent = new CountDownLatch(1);
    private final String taskId;
    private final Runnable send;
    /**
     * Null until {@link #after} has scheduled it: on a busy machine the timer can fire before that assignment, and
     * the report it sends must still be counted as sent, or the completion waiting on it never goes out.
     */
    private volatile ScheduledFuture<?> timer;

    private StartReport(String taskId, Runnable send) {
        this.taskId = taskId;
        this.send = send;
    }

    /** Sends {@code send} once the task has run for {@link #GRACE}, unless its outcome carries the start first. */
    static StartReport after(String taskId, Runnable send, ScheduledExecutorService timers) {
        StartReport report = new StartReport(taskId, send);
        // sent from a virtual thread: a send waits for the broker, which must not hold up the timers' other work
        report.timer = timers.schedule(() -> Thread.ofVirtual().name("start-report-" + taskId).start(report::sendNow),
                GRACE.toNanos(), TimeUnit.NANOSECONDS);
        return report;
    }

    /** Sends the report now unless it was sent or folded into the outcome; returns once it is sent. */
    void sendNow() {
        if (state.compareAndSet(WAITING, SENDING)) {
            try {
                cancelTimer();
                send.run();
            } catch (RuntimeException e) {
                // not fatal: the task's outcome carries its start as well
                log.warn("could not report the start of task {}: {}", taskId, e.getMessage());
            } finally {
                sent.countDown();
            }
        }
    }

    /**
     * The task succeeded: its completion carries the start, so no report is sent from now on; one already on its
     * way is waited for, so that the completion follows it.
     */
    void settleBeforeCompletion() throws InterruptedException {
        if (state.compareAndSet(WAITING, FOLDED)) {
            cancelTimer();
            return;
        }
        sent.await();
    }

    /** The task ended without an outcome to report (cancelled, or the worker stopping): no start report either. */
    void withdraw() {
        if (state.compareAndSet(WAITING, FOLDED)) cancelTimer();
    }

    private void cancelTimer() {
        ScheduledFuture<?> scheduled = timer;
        if (scheduled != null) scheduled.cancel(false);
    }
}
