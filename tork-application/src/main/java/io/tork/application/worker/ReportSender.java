package io.tork.application.worker;

import io.tork.application.port.out.Message;
import io.tork.application.port.out.MessageQueue;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a task's outcome, trying again with a growing pause while the broker is away: the outcome of work already
 * done is worth waiting for. Only after {@code patience} does it give up, and the task's delivery is then handed
 * back to the broker so that the task runs again rather than being lost.
 */
final class ReportSender {
    private static final Logger log = LoggerFactory.getLogger(ReportSender.class);
    private static final long FIRST_PAUSE_MILLIS = 100;
    private static final long LONGEST_PAUSE_MILLIS = 5_000;
    private final MessageQueue queue;
    private final Duration patience;

    ReportSender(MessageQueue queue, Duration patience) {
        this.queue = queue;
        this.patience = patience;
    }

    void send(String queueName, Message report) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        long pause = FIRST_PAUSE_MILLIS;
        for (int attempt = 1; ; attempt++) {
            try {
                queue.publish(queueName, report);
                if (attempt > 1) log.info("sent a report to {} after {} attempts", queueName, attempt);
                return;
            } catch (RuntimeException e) {
                if (System.nanoTime() - deadline > 0) throw e;
                if (attempt == 1) log.warn("could not send a report to {} ({}); trying again", queueName, e.getMessage());
                Thread.sleep(pause);
                pause = Math.min(LONGEST_PAUSE_MILLIS, pause * 2);
            }
        }
    }
}
