package io.tork.adapters.out.broker.artemis;

import io.tork.adapters.out.broker.artemis.MessageCodec.UndecodableMessageException;
import java.util.UUID;
import org.apache.activemq.artemis.api.core.ActiveMQException;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One subscription to a multicast address: a temporary queue of its own bound to the address (with a filter when
 * given), so every subscriber sees every matching event. Events are notifications: a listener that throws is
 * logged and the event is not delivered again.
 */
final class EventConsumer extends ConsumerLoop {
    private static final Logger log = LoggerFactory.getLogger(EventConsumer.class);

    /** Decodes an event's body and hands it to the subscriber. */
    @FunctionalInterface
    interface Delivery {
        void deliver(byte[] body) throws UndecodableMessageException;
    }

    private final String address;
    private final String filter;
    private final String description;
    private final Delivery delivery;
    private String queue;

    /** @param filter a broker-side filter on the event's properties, or null for every event of the address */
    EventConsumer(ArtemisConnection connection, String address, String filter, String description, Delivery delivery) {
        super(connection, description);
        this.address = address;
        this.filter = filter;
        this.description = description;
        this.delivery = delivery;
    }

    @Override
    protected void open() throws ActiveMQException {
        queue = address + "." + UUID.randomUUID();
        session = connection.autoCommitSession();
        session.createQueue(QueueAdmin.subscriberQueue(queue, address, filter));
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
    protected void process(ClientMessage message) throws ActiveMQException {
        message.acknowledge();
        try {
            delivery.deliver(bodyOf(message));
        } catch (UndecodableMessageException e) {
            log.error("ignored an unreadable event on {}: {}", address, e.getMessage());
        } catch (RuntimeException | LinkageError | AssertionError e) {
            log.warn("a subscriber of {} failed on event {}", description, message.getStringProperty(Names.TOPIC), e);
        }
    }
}
