package io.tork.application.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The start report's timer against the task's outcome, including a timer that fires before anyone expects it. */
class StartReportTest {
    private static final Duration PATIENCE = Duration.ofSeconds(5);
    private final AtomicInteger sends = new AtomicInteger();
    private final CountDownLatch sent = new CountDownLatch(1);
    private final Runnable send = () -> {
        sends.incrementAndGet();
        sent.countDown();
    };
    private final ScheduledThreadPoolExecutor timers = new ScheduledThreadPoolExecutor(1);

    @AfterEach
    void stopTimers() {
        timers.shutdownNow();
    }

    @Test
    void aTimerThatFiresBeforeItIsRecordedStillLetsTheCompletionGoOut() {
        // on an overloaded machine the grace can pass before the scheduling call returns to its caller
        ScheduledThreadPoolExecutor firingAtOnce = new ScheduledThreadPoolExecutor(1) {
            @Override
            public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
                command.run();
                awaitQuietly(sent);
                return super.schedule(() -> { }, 0, unit);
            }

            @Override
            public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
                try {
                    callable.call();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                awaitQuietly(sent);
                return super.schedule(() -> null, 0, unit);
            }
        };
        try {
            StartReport report = StartReport.after("task-1", send, firingAtOnce);

            assertTimeoutPreemptively(PATIENCE, report::settleBeforeCompletion);
            assertThat(sends).hasValue(1);
        } finally {
            firingAtOnce.shutdownNow();
        }
    }

    @Test
    void aTaskThatSucceedsWithinTheGraceIsNeverReportedStarted() throws InterruptedException {
        StartReport report = StartReport.after("task-1", send, timers);

        report.settleBeforeCompletion();
        letTheGracePass();

        assertThat(sends).hasValue(0);
    }

    @Test
    void aTaskThatRunsPastTheGraceIsReportedOnceAndItsCompletionWaitsForThatReport() throws InterruptedException {
        StartReport report = StartReport.after("task-1", send, timers);

        boolean reported = sent.await(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(reported).isTrue();
        assertTimeoutPreemptively(PATIENCE, report::settleBeforeCompletion);
        report.sendNow();

        assertThat(sends).hasValue(1);
    }

    @Test
    void aFailureSendsTheReportAtOnceAndTheTimerAddsNoSecond() throws InterruptedException {
        StartReport report = StartReport.after("task-1", send, timers);

        report.sendNow();
        letTheGracePass();

        assertThat(sends).hasValue(1);
    }

    @Test
    void aWithdrawnReportIsNeverSent() throws InterruptedException {
        StartReport report = StartReport.after("task-1", send, timers);

        report.withdraw();
        letTheGracePass();

        assertThat(sends).hasValue(0);
    }

    /** Long enough for a timer that was not cancelled to have fired. */
    private static void letTheGracePass() throws InterruptedException {
        Thread.sleep(3 * StartReport.GRACE.toMillis());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
