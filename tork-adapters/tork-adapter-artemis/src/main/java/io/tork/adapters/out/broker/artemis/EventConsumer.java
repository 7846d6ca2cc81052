package io.tork.adapters.out.broker.artemis;

import io.tork.adapters.out.broker.artemis.MessageCodec.UndecodableMessageException;
import io.tork.domain.job.Job;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.activemq.artemis.api.core.ActiveMQException;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One event subscription: a temporary queue of its own bound to the events address with the pattern as filter, so
 * every subscriber sees every matching event. Events are notifications: a listener that throws is logged and the
 * event is not delivered again.
 */
final class EventConsumer extends ConsumerLoop {
    private static final Logger log = LoggerFactory.getLogger(EventConsumer.class);

    private final MessageCodec codec;
    private final String pattern;
    private final Consumer<Job> listener;

    EventConsumer(ArtemisConnection connection, MessageCodec codec, String pattern, Consumer<Job> listener) {
        super(connection, "events " + pattern);
        this.codec = codec;
        this.pattern = pattern;
        this.listener = listener;
    }

    private String queue;

    @Override
    protected void open() throws ActiveMQException {
        queue = Names.EVENTS + "." + UUID.randomUUID();
        session = connection.autoCommitSession();
        session.createQueue(QueueAdmin.subscriberQueue(queue, Names.EVENTS, TopicFilter.of(pattern)));
        consumer = session.createConsumer(SimpleString.of(queue));
    }

    /** Deletes the queue now rather than leaving it to the broker's clean-up of the closed session. */
    @Override
    protected void detach() {
        if (consumer != null && session != null && !session.isClosed()) {
            Closing.quietly(consumer);
            try {
                session.deleteQueue(queue);
            } catch (ActiveMQException e) {
                log.debug("the broker removes {} with its session instead: {}", queue, e.getMessage());
            }
        }
        super.detach();
    }

    @Override
    protected void process(ClientMessage delivery) throws ActiveMQException {
        delivery.acknowledge();
        Job job;
        try {
            job = codec.decodeEvent(bodyOf(delivery));
        } catch (UndecodableMessageException e) {
            log.error("ignored an unreadable event on {}: {}", Names.EVENTS, e.getMessage());
            return;
        }
        try {
            listener.accept(job);
        } catch (RuntimeException | LinkageError | AssertionError e) {
            log.warn("a listener of {} failed on event {} of job {}", pattern,
                    delivery.getStringProperty(Names.TOPIC), job.id(), e);
        }
    }
}
