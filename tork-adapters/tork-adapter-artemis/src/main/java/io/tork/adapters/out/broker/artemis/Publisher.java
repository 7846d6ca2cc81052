package io.tork.adapters.out.broker.artemis;

import java.util.function.Consumer;
import org.apache.activemq.artemis.api.core.ActiveMQException;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.api.core.client.ClientProducer;
import org.apache.activemq.artemis.api.core.client.ClientSession;

/**
 * Sends messages for the whole process over one session (Artemis sessions are not thread-safe, hence the lock).
 * A durable send returns once the broker has written the message to its journal.
 */
final class Publisher implements AutoCloseable {
    private final ArtemisConnection connection;
    private ClientSession session;
    private ClientProducer producer;

    Publisher(ArtemisConnection connection) {
        this.connection = connection;
    }

    /** Sends {@code body} to {@code address}; {@code headers} sets priority, schedule and properties. */
    synchronized void send(String address, byte[] body, boolean durable, Consumer<ClientMessage> headers) {
        // while reconnecting, a send would block for the whole call timeout: the caller learns it at once instead
        if (!connection.isClosed() && !connection.isConnected()) throw BrokerFailures.unreachable(address);
        try {
            ClientSession s = session();
            ClientMessage message = s.createMessage(durable);
            message.getBodyBuffer().writeBytes(body);
            headers.accept(message);
            producer.send(SimpleString.of(address), message);
        } catch (ActiveMQException e) {
            if (connection.isClosed()) throw BrokerFailures.closed();
            reset();
            throw BrokerFailures.translate("send a message to " + address, e);
        }
    }

    private ClientSession session() throws ActiveMQException {
        if (connection.isClosed()) throw BrokerFailures.closed();
        if (session == null || session.isClosed()) {
            reset();
            session = connection.autoCommitSession();
            producer = session.createProducer();
        }
        return session;
    }

    private void reset() {
        Closing.quietly(producer);
        Closing.quietly(session);
        producer = null;
        session = null;
    }

    @Override
    public synchronized void close() {
        reset();
    }
}
