package io.tork.adapters.out.broker.inmemory;

import io.tork.application.port.out.Message;
import io.tork.application.port.out.MessageHandler;
import io.tork.application.port.out.Subscription;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The consumers started by one {@code subscribe}: each takes one message at a time from the queue and hands it to
 * the handler. A handler that throws loses its message (it is logged, not redelivered): the coordinator's
 * handlers turn their own failures into task failures, and redelivering in-process would only repeat the error.
 */
final class LocalSubscription implements Subscription {
    private static final Logger log = LoggerFactory.getLogger(LocalSubscription.class);

    private final LocalQueue queue;
    private final int concurrency;
    private final MessageHandler handler;
    /** Published whole once started, so a concurrent shutdown sees all consumers or none. */
    private volatile List<Thread> consumers = List.of();
    private volatile boolean closed;

    LocalSubscription(LocalQueue queue, int concurrency, MessageHandler handler) {
        this.queue = queue;
        this.concurrency = concurrency;
        this.handler = handler;
    }

    void start(ThreadFactory threads) {
        List<Thread> created = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            created.add(threads.newThread(this::consume));
        }
        consumers = List.copyOf(created);
        created.forEach(Thread::start);
    }

    @Override
    public void close() {
        queue.detach(this);
    }

    boolean isClosed() {
        return closed;
    }

    /** Called by the queue under its lock; true the first time only. */
    boolean markClosed() {
        if (closed) {
            return false;
        }
        closed = true;
        return true;
    }

    int concurrency() {
        return concurrency;
    }

    /** Closed, and every consumer thread has ended: nothing of it is left to wait for. */
    boolean isFinished() {
        return closed && consumers.stream().noneMatch(Thread::isAlive);
    }

    /** Waits until every consumer has left or {@code deadline} passed; a consumer never waits for itself. */
    boolean awaitConsumers(Instant deadline) throws InterruptedException {
        for (Thread consumer : consumers) {
            Duration left = Duration.between(Instant.now(), deadline);
            if (consumer != Thread.currentThread() && left.isPositive()) {
                consumer.join(left);
            }
        }
        return consumers.stream().noneMatch(c -> c.isAlive() && c != Thread.currentThread());
    }

    /** Last resort at shutdown for a handler that does not finish: interrupting is its cue to give up. */
    void interruptConsumers() {
        consumers.stream().filter(c -> c != Thread.currentThread()).forEach(Thread::interrupt);
    }

    private void consume() {
        Message message;
        while ((message = queue.take(this)) != null) {
            deliver(message);
        }
    }

    private void deliver(Message message) {
        try {
            handler.handle(message);
        } catch (Exception | Error failure) {
            log.error("the handler of queue {} failed on a {}; the message is dropped", queue.name(),
                    message.getClass().getSimpleName(), failure);
        } finally {
            queue.acknowledge();
            // an interrupt meant for the handler's work must not leak into the next message
            Thread.interrupted();
        }
    }
}
