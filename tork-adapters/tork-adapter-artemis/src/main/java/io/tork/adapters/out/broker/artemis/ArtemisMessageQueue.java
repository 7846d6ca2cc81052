package io.tork.adapters.out.broker.artemis;

import io.tork.application.port.out.Message;
import io.tork.application.port.out.MessageHandler;
import io.tork.application.port.out.MessageQueue;
import io.tork.application.port.out.OutgoingMessage;
import io.tork.application.port.out.QueueInfo;
import io.tork.application.port.out.StoreException;
import io.tork.application.port.out.Subscription;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

/**
 * Queues on Artemis: each Tork queue is a durable anycast queue on an address of the same name, declared by whoever
 * publishes or subscribes first, so a message waits for its consumer and survives a broker restart. Priority is
 * the Artemis message priority; {@link #publishAt} uses the broker's scheduled delivery.
 *
 * <p>A handler that throws gets its message again up to {@value QueueConsumer#MAX_REDELIVERIES} times; then the
 * message, like one that cannot be read, moves to the dead-letter queue {@value Names#DEAD_LETTERS} (listed by
 * {@link #queues()} like any other queue) with the reason in a message property.
 *
 * <p>Deleting a queue removes it from the broker even if it has consumers; their subscriptions attach again and so
 * declare it anew. Another process that declared the queue before does not know it is gone until it reconnects, and
 * what it publishes to it meanwhile is dropped by the broker: delete only queues nobody uses.
 */
public final class ArtemisMessageQueue implements MessageQueue {
    private final ArtemisConnection connection;
    private final QueueAdmin admin;
    private final Publisher publisher;
    private final MessageCodec codec;
    private final Subscriptions subscriptions = new Subscriptions();

    ArtemisMessageQueue(ArtemisConnection connection, QueueAdmin admin, Publisher publisher, MessageCodec codec) {
        this.connection = connection;
        this.admin = admin;
        this.publisher = publisher;
        this.codec = codec;
        admin.declareQueue(Names.DEAD_LETTERS);
    }

    @Override
    public void publish(String queue, Message message) {
        send(queue, message, null);
    }

    @Override
    public void publishAt(String queue, Message message, Instant deliverAt) {
        send(queue, message, Objects.requireNonNull(deliverAt, "deliverAt"));
    }

    private void send(String queue, Message message, Instant deliverAt) {
        Publisher.Outgoing outgoing = outgoing(queue, message, deliverAt);
        publisher.send(outgoing.address(), outgoing.body(), true, outgoing.headers());
    }

    /** Sends without waiting for the broker's disk: its confirmations complete the stages. */
    @Override
    public List<CompletableFuture<Void>> handOver(List<OutgoingMessage> messages) {
        List<Publisher.Outgoing> outgoing = new ArrayList<>(messages.size());
        for (OutgoingMessage message : messages) {
            try {
                outgoing.add(outgoing(message.queue(), message.message(), message.deliverAt()));
            } catch (StoreException refused) {
                // the queue could not be declared: send those before it, refuse it and those after it
                List<CompletableFuture<Void>> stored = new ArrayList<>(publisher.handOver(outgoing));
                while (stored.size() < messages.size()) stored.add(CompletableFuture.failedFuture(refused));
                return stored;
            }
        }
        return publisher.handOver(outgoing);
    }

    private Publisher.Outgoing outgoing(String queue, Message message, Instant deliverAt) {
        requireName(queue);
        Objects.requireNonNull(message, "message");
        requireOpen();
        // while reconnecting, declaring the queue would wait for the whole call timeout: say so at once instead
        if (!connection.isConnected()) throw BrokerFailures.unreachable(queue);
        admin.declareQueue(queue);
        return new Publisher.Outgoing(queue, codec.encode(message), m -> {
            m.setPriority((byte) message.priority());
            if (deliverAt != null) {
                m.putLongProperty(org.apache.activemq.artemis.api.core.Message.HDR_SCHEDULED_DELIVERY_TIME,
                        epochMillisNotBefore(deliverAt));
            }
        });
    }

    /** Rounded up, so the broker's millisecond schedule is never earlier than asked. */
    private static long epochMillisNotBefore(Instant at) {
        long millis = at.toEpochMilli();
        return at.getNano() % 1_000_000 == 0 ? millis : millis + 1;
    }

    @Override
    public Subscription subscribe(String queue, int concurrency, MessageHandler handler) {
        requireName(queue);
        Objects.requireNonNull(handler, "handler");
        if (concurrency < 1) {
            throw new IllegalArgumentException("a subscription needs at least one consumer, not " + concurrency);
        }
        requireOpen();
        return subscriptions.start(new ConsumerGroup(IntStream.range(0, concurrency)
                .mapToObj(i -> new QueueConsumer(connection, admin, codec, queue, handler)).toList()));
    }

    @Override
    public List<QueueInfo> queues() {
        requireOpen();
        return new ArrayList<>(admin.all());
    }

    @Override
    public Optional<QueueInfo> queue(String name) {
        requireName(name);
        requireOpen();
        return admin.info(name);
    }

    @Override
    public void deleteQueue(String name) {
        requireName(name);
        requireOpen();
        admin.delete(name);
    }

    @Override
    public boolean isHealthy() {
        return !subscriptions.isClosed() && connection.isConnected();
    }

    /** Stops every consumer, waiting up to {@code grace} for the messages at hand. */
    void close(Duration grace) {
        subscriptions.closeAll(grace);
    }

    private void requireOpen() {
        if (subscriptions.isClosed() || connection.isClosed()) throw BrokerFailures.closed();
    }

    private static void requireName(String queue) {
        if (queue == null || queue.isBlank()) throw new IllegalArgumentException("a queue needs a name");
    }
}
