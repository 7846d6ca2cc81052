package io.tork.adapters.out.broker.artemis;

import io.tork.application.port.out.StoreException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.activemq.artemis.api.core.ActiveMQBuffer;
import org.apache.activemq.artemis.api.core.ActiveMQException;
import org.apache.activemq.artemis.api.core.client.ClientConsumer;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One consumer on its own thread and session, taking one message at a time. Waits long for a message: every wait
 * costs the broker a round trip, and dozens of consumers polling often kept an idle engine busy. A stop request
 * interrupts a wait in progress (never the handling of a message), so it is still noticed at once. When its consumer breaks (the queue was deleted under it, a session did not
 * survive an outage), it opens a new one after a growing pause instead of giving up.
 */
abstract class ConsumerLoop implements Runnable {
    private static final Logger log = LoggerFactory.getLogger(ConsumerLoop.class);
    private static final long POLL_MILLIS = 10_000;
    private static final Duration FIRST_PAUSE = Duration.ofMillis(100);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(5);
    private static final AtomicInteger THREADS = new AtomicInteger();

    protected final ArtemisConnection connection;
    private final String description;
    private volatile boolean stopping;
    private volatile Thread thread;
    /** Guarded by this: whether the loop's thread is waiting in receive, the only place a stop may interrupt. */
    private boolean waiting;
    private int failures;
    protected ClientSession session;
    protected ClientConsumer consumer;

    ConsumerLoop(ArtemisConnection connection, String description) {
        this.connection = connection;
        this.description = description;
    }

    /** Creates {@link #session} and {@link #consumer}. */
    protected abstract void open() throws ActiveMQException;

    /** Handles one message and settles it (acknowledge, roll back or dead-letter). */
    protected abstract void process(ClientMessage message) throws ActiveMQException;

    /** Attaches on the caller's thread, so that a broker that cannot be reached fails the subscription at once. */
    final void start() {
        try {
            open();
        } catch (ActiveMQException e) {
            detach();
            throw BrokerFailures.translate("subscribe to " + description, e);
        } catch (RuntimeException e) {
            detach();
            throw e;
        }
        thread = new Thread(this, "tork-artemis-" + description + "-" + THREADS.incrementAndGet());
        // an unfinished message is unacknowledged, so the broker gives it to another consumer: never lost
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops taking messages; the message at hand is finished first. */
    final void stop() {
        synchronized (this) {
            stopping = true;
            if (waiting && thread != null) thread.interrupt();
        }
    }

    final boolean isFinished() {
        return thread == null || !thread.isAlive();
    }

    final boolean awaitStopped(Duration patience) throws InterruptedException {
        if (thread == null || thread == Thread.currentThread()) return true;
        thread.join(patience);
        return !thread.isAlive();
    }

    @Override
    public final void run() {
        try {
            while (!stopping && !connection.isClosed()) {
                try {
                    ClientMessage message = next();
                    if (message == null) continue;
                    if (stopping) {
                        giveBack();
                        break;
                    }
                    process(message);
                } catch (ActiveMQException | RuntimeException e) {
                    if (stopping || connection.isClosed()) break;
                    log.warn("consumer of {} failed; opening a new one: {}", description, e.toString());
                    detach();
                    pauseAfterFailure();
                }
            }
        } finally {
            detach();
        }
    }

    private ClientMessage next() {
        try {
            if (consumer == null || consumer.isClosed()) {
                detach();
                open();
            }
            synchronized (this) {
                if (stopping) return null;
                waiting = true;
            }
            ClientMessage message;
            try {
                message = consumer.receive(POLL_MILLIS);
            } finally {
                synchronized (this) {
                    waiting = false;
                    // an interrupt meant for the wait must not hit the handling of the message received
                    Thread.interrupted();
                }
            }
            failures = 0;
            return message;
        } catch (ActiveMQException | StoreException e) {
            if (stopping || connection.isClosed()) return null;
            log.warn("consumer of {} lost its connection; attaching again: {}", description, e.getMessage());
            detach();
            pauseAfterFailure();
            return null;
        }
    }

    /** A message that arrived after the stop request goes back to the queue for another consumer. */
    private void giveBack() {
        try {
            session.rollback();
        } catch (ActiveMQException e) {
            log.debug("could not give a message back to {}; the broker redelivers it when the session closes", description);
        }
    }

    private void pauseAfterFailure() {
        long pause = Math.min(LONGEST_PAUSE.toMillis(), FIRST_PAUSE.toMillis() << Math.min(failures++, 10));
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping = true;
        }
    }

    /** Releases the consumer and its session; the next {@link #open()} starts afresh. */
    protected void detach() {
        Closing.quietly(consumer);
        Closing.quietly(session);
        consumer = null;
        session = null;
    }

    protected final String description() {
        return description;
    }

    static byte[] bodyOf(ClientMessage message) {
        try {
            ActiveMQBuffer buffer = message.getBodyBuffer();
            byte[] bytes = new byte[buffer.readableBytes()];
            buffer.readBytes(bytes);
            return bytes;
        } catch (RuntimeException e) {
            return new byte[0];
        }
    }
}
