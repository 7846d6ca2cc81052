package io.tork.adapters.out.broker.artemis;

import io.tork.adapters.out.broker.artemis.MessageCodec.UndecodableMessageException;
import io.tork.application.port.out.Message;
import io.tork.application.port.out.MessageHandler;
import io.tork.application.port.out.StoreException;
import io.tork.domain.validation.Queues;
import org.apache.activemq.artemis.api.core.ActiveMQException;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.api.core.client.ClientProducer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A competing consumer of one queue. Its session is transacted: the acknowledgement is committed only after the
 * handler returned, so a crash mid-message gives the message to another consumer (a crash just after it may too:
 * the commit is not awaited). A handler that throws gets the
 * message again, up to {@link #MAX_REDELIVERIES} times, then it goes to the dead letters; so does a message that
 * cannot be read. Neither ever blocks the queue. A handler that fails because the datastore is unavailable is not
 * the message's fault: the message waits, uncounted, until the datastore is back.
 *
 * <p>On a queue of tasks for workers it takes no message ahead of the one it handles (consumer window 0):
 * otherwise a task already buffered here would pass a higher-priority one published later, and could wait here
 * while another worker is idle. The coordinator's own queues are drained as fast as they fill, so there the broker
 * may push messages ahead ({@link #COORDINATOR_WINDOW_BYTES}): asking for each one would cost a round trip per
 * message, which was half of the broker's work per task.
 */
final class QueueConsumer extends ConsumerLoop {
    static final int MAX_REDELIVERIES = 5;
    /** A few dozen messages of the coordinator's size. */
    static final int COORDINATOR_WINDOW_BYTES = 32 * 1024;
    private static final long FIRST_STORE_PAUSE_MILLIS = 100;
    private static final long MAX_STORE_PAUSE_MILLIS = 5_000;
    private static final Logger log = LoggerFactory.getLogger(QueueConsumer.class);

    private final String queue;
    private final QueueAdmin admin;
    private final MessageCodec codec;
    private final MessageHandler handler;
    private ClientProducer deadLetters;
    private int transientFailures;

    QueueConsumer(ArtemisConnection connection, QueueAdmin admin, MessageCodec codec, String queue,
                  MessageHandler handler) {
        super(connection, queue);
        this.queue = queue;
        this.admin = admin;
        this.codec = codec;
        this.handler = handler;
    }

    @Override
    protected void open() throws ActiveMQException {
        admin.declareQueue(queue);
        session = connection.transactedSession();
        int window = Queues.COORDINATOR_QUEUES.contains(queue) ? COORDINATOR_WINDOW_BYTES : 0;
        consumer = session.createConsumer(SimpleString.of(queue), null, window, -1, false);
        deadLetters = session.createProducer();
    }

    @Override
    protected void process(ClientMessage delivery) throws ActiveMQException {
        byte[] body = bodyOf(delivery);
        Message message;
        try {
            message = codec.decode(body);
        } catch (UndecodableMessageException e) {
            deadLetter(delivery, body, "unreadable message: " + e.getMessage());
            return;
        }
        if (delivery.getDeliveryCount() > MAX_REDELIVERIES + 1) {
            deadLetter(delivery, body, "delivered " + delivery.getDeliveryCount() + " times without being handled");
            return;
        }
        try {
            handler.handle(message);
        } catch (Exception | Error e) {
            // a failing handler must not end the consumer; only the JVM's own failures are not ours to absorb
            if (e instanceof VirtualMachineError fatal) throw fatal;
            if (e instanceof InterruptedException) Thread.currentThread().interrupt();
            handlerFailed(delivery, body, e);
            return;
        }
        transientFailures = 0;
        delivery.acknowledge();
        // Not waiting for the broker to store the acknowledgement saves a disk sync per message. What the handler
        // sent is stored already (a plain publish waits) or kept in the outbox until the broker confirms it, so a
        // crash can only make the broker deliver this message again, or the relay send the handler's messages
        // again, which handlers tolerate (they re-check stored state); the session's next command follows the commit.
        session.commit(false);
    }

    private void handlerFailed(ClientMessage delivery, byte[] body, Throwable failure) throws ActiveMQException {
        if (isTransientStoreFailure(failure)) {
            waitOutTheDatastore(failure);
            return;
        }
        transientFailures = 0;
        int attempt = delivery.getDeliveryCount();
        if (attempt > MAX_REDELIVERIES) {
            deadLetter(delivery, body, "the handler failed " + attempt + " times, last with: " + failure);
            return;
        }
        log.warn("handling a message from {} failed (attempt {} of {}); it will be delivered again", queue, attempt,
                MAX_REDELIVERIES + 1, failure);
        // true: the message was seen, so the broker counts this delivery (plain rollback() does not)
        session.rollback(true);
    }

    /**
     * The datastore is away (an outage, a failover): the message is not at fault, so this delivery does not count
     * towards the dead letters. The consumer waits with a growing pause before giving the message back, which
     * also keeps it from spinning while nothing can be stored.
     */
    private void waitOutTheDatastore(Throwable failure) throws ActiveMQException {
        long pause = Math.min(MAX_STORE_PAUSE_MILLIS, FIRST_STORE_PAUSE_MILLIS << Math.min(transientFailures++, 10));
        if (transientFailures == 1 || transientFailures % 20 == 0) {
            log.warn("the datastore is unavailable while handling a message from {} ({}); trying again in {} ms",
                    queue, failure.getMessage(), pause);
        }
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        session.rollback(false);
    }

    private static boolean isTransientStoreFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StoreException store) return store.isTransient();
        }
        return false;
    }

    /** Moves the message to the dead letters in the same transaction as its acknowledgement: never both, never none. */
    private void deadLetter(ClientMessage delivery, byte[] body, String reason) throws ActiveMQException {
        admin.declareQueue(Names.DEAD_LETTERS);
        ClientMessage copy = session.createMessage(true);
        copy.getBodyBuffer().writeBytes(body);
        copy.putStringProperty(Names.DEAD_LETTER_REASON, reason);
        copy.putStringProperty(Names.ORIGINAL_QUEUE, queue);
        deadLetters.send(SimpleString.of(Names.DEAD_LETTERS), copy);
        delivery.acknowledge();
        session.commit();
        log.error("moved a message from {} to the dead letters ({}): {}", queue, Names.DEAD_LETTERS, reason);
    }
}
