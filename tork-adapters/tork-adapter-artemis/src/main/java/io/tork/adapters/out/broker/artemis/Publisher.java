package io.tork.adapters.out.broker.artemis;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import org.apache.activemq.artemis.api.core.ActiveMQException;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.api.core.client.ClientProducer;
import org.apache.activemq.artemis.api.core.client.ClientSession;

/**
 * Sends the process's messages. A durable send returns once the broker has written the message to its journal,
 * which takes a disk sync: durable sends therefore go through a pool of sessions, so that concurrent senders
 * share the broker's syncs instead of queueing one behind the other on a single session (Artemis sessions are
 * not thread-safe, so each is used by one sender at a time). A sender's sends still arrive in the order it made
 * them, since each returns only once stored. Non-durable sends (events) do not wait for the broker and keep their
 * order by sharing one session.
 */
final class Publisher implements AutoCloseable {
    static final int DURABLE_SESSIONS = 16;

    private final ArtemisConnection connection;
    private final Channel nonDurable;
    private final List<Channel> all = new ArrayList<>();
    private final BlockingQueue<Channel> idle = new ArrayBlockingQueue<>(DURABLE_SESSIONS);

    Publisher(ArtemisConnection connection) {
        this.connection = connection;
        this.nonDurable = new Channel(connection);
        all.add(nonDurable);
        for (int i = 0; i < DURABLE_SESSIONS; i++) {
            Channel channel = new Channel(connection);
            all.add(channel);
            idle.add(channel);
        }
    }

    /** Sends {@code body} to {@code address}; {@code headers} sets priority, schedule and properties. */
    void send(String address, byte[] body, boolean durable, Consumer<ClientMessage> headers) {
        // while reconnecting, a send would block for the whole call timeout: the caller learns it at once instead
        if (!connection.isClosed() && !connection.isConnected()) throw BrokerFailures.unreachable(address);
        if (!durable) {
            nonDurable.send(address, body, false, headers);
            return;
        }
        Channel channel = take();
        try {
            channel.send(address, body, true, headers);
        } finally {
            idle.add(channel);
        }
    }

    private Channel take() {
        try {
            return idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw BrokerFailures.interrupted("send a message", e);
        }
    }

    @Override
    public void close() {
        all.forEach(Channel::close);
    }

    /** One session and its producer, opened on first use and again after a failure. */
    private static final class Channel implements AutoCloseable {
        private final ArtemisConnection connection;
        private ClientSession session;
        private ClientProducer producer;

        Channel(ArtemisConnection connection) {
            this.connection = connection;
        }

        synchronized void send(String address, byte[] body, boolean durable, Consumer<ClientMessage> headers) {
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
}
