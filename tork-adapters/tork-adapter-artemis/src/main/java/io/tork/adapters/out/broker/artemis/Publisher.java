package io.tork.adapters.out.broker.artemis;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.apache.activemq.artemis.api.core.ActiveMQException;
import org.apache.activemq.artemis.api.core.Message;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.api.core.client.ClientProducer;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.SendAcknowledgementHandler;

/**
 * Sends the process's messages. A durable message is safe once the broker has written it to its journal, which
 * takes a disk sync; the broker confirms each such send when it is written, asynchronously, so no sender holds a
 * session while the disk syncs. Sessions come from a pool (Artemis sessions are not thread-safe, so each is used
 * by one sender at a time) and go back to it as soon as the messages are on their way: concurrent senders share
 * the broker's syncs. {@link #send} then waits for the confirmation, so a sender's sends arrive in the order it
 * made them; {@link #handOver} does not wait, and sends its batch through one session so that it arrives in
 * order. Non-durable sends (events) are never waited for and keep their order by sharing one session.
 */
final class Publisher implements AutoCloseable {
    static final int DURABLE_SESSIONS = 16;
    /** As long as Artemis' own call timeout: a broker silent for longer is treated as unreachable. */
    private static final Duration CONFIRMATION_PATIENCE = Duration.ofSeconds(30);

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

    /** A message to send: its address, body, and what sets its priority, schedule and properties. */
    record Outgoing(String address, byte[] body, Consumer<ClientMessage> headers) {
    }

    /** Sends {@code body} to {@code address}; a durable send returns once the broker has stored it. */
    void send(String address, byte[] body, boolean durable, Consumer<ClientMessage> headers) {
        requireConnected(address);
        if (!durable) {
            nonDurable.send(address, body, false, headers, null);
            return;
        }
        awaitStored(handOver(List.of(new Outgoing(address, body, headers))).getFirst(), address);
    }

    /**
     * Sends durable messages in order through one session without waiting for the broker to store them.
     *
     * @return one stage per message, completed once the broker stored it; after a refusal the later messages are
     *         not sent and their stages fail with it
     */
    List<CompletableFuture<Void>> handOver(List<Outgoing> messages) {
        List<CompletableFuture<Void>> stored = new ArrayList<>(messages.size());
        RuntimeException refusal = null;
        Channel channel = null;
        try {
            requireConnected(messages.isEmpty() ? "" : messages.getFirst().address());
            channel = take();
        } catch (RuntimeException e) {
            refusal = e;
        }
        try {
            for (Outgoing message : messages) {
                CompletableFuture<Void> confirmation = new CompletableFuture<>();
                stored.add(confirmation);
                if (refusal == null) {
                    try {
                        channel.send(message.address(), message.body(), true, message.headers(), confirming(confirmation));
                        continue;
                    } catch (RuntimeException e) {
                        refusal = e;
                    }
                }
                confirmation.completeExceptionally(refusal);
            }
        } finally {
            if (channel != null) idle.add(channel);
        }
        return stored;
    }

    private static SendAcknowledgementHandler confirming(CompletableFuture<Void> confirmation) {
        return new SendAcknowledgementHandler() {
            @Override
            public void sendAcknowledged(Message message) {
                confirmation.complete(null);
            }

            @Override
            public void sendFailed(Message message, Exception e) {
                confirmation.completeExceptionally(BrokerFailures.translate("store a message", e));
            }
        };
    }

    private static void awaitStored(CompletableFuture<Void> confirmation, String address) {
        try {
            confirmation.get(CONFIRMATION_PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw BrokerFailures.interrupted("learn whether a message to " + address + " was stored", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) throw failure;
            throw BrokerFailures.translate("send a message to " + address, e);
        } catch (TimeoutException e) {
            throw BrokerFailures.translate("send a message to " + address + " (the broker did not confirm it within "
                    + CONFIRMATION_PATIENCE.toSeconds() + " s)", e);
        }
    }

    /** While reconnecting, a send would wait for the whole call timeout: the caller learns it at once instead. */
    private void requireConnected(String address) {
        if (!connection.isClosed() && !connection.isConnected()) throw BrokerFailures.unreachable(address);
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

        /** @param confirmation told when the broker stored the message, or null */
        synchronized void send(String address, byte[] body, boolean durable, Consumer<ClientMessage> headers,
                               SendAcknowledgementHandler confirmation) {
            try {
                ClientSession s = session();
                ClientMessage message = s.createMessage(durable);
                message.getBodyBuffer().writeBytes(body);
                headers.accept(message);
                if (confirmation == null) producer.send(SimpleString.of(address), message);
                else producer.send(SimpleString.of(address), message, confirmation);
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
