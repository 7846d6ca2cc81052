package io.tork.adapters.out.broker.artemis;

import io.tork.application.port.out.Activity;
import io.tork.application.port.out.EventBus;
import io.tork.application.port.out.Subscription;
import io.tork.domain.job.Job;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Job events over the multicast address {@value Names#EVENTS}: the topic travels as a message property, and each
 * subscriber's queue filters on it, so an event reaches every subscriber whose pattern matches, in publishing order.
 * Activity notices travel the same way over {@value Names#ACTIVITY}, unfiltered. Neither is persistent: a
 * subscriber only sees what is published while it is subscribed.
 */
public final class ArtemisEventBus implements EventBus {
    private final ArtemisConnection connection;
    private final Publisher publisher;
    private final MessageCodec codec;
    private final Subscriptions subscriptions = new Subscriptions();

    ArtemisEventBus(ArtemisConnection connection, QueueAdmin admin, Publisher publisher, MessageCodec codec) {
        this.connection = connection;
        this.publisher = publisher;
        this.codec = codec;
        admin.declareMulticastAddress(Names.EVENTS);
        admin.declareMulticastAddress(Names.ACTIVITY);
    }

    @Override
    public void publish(String topic, Job job) {
        requireText(topic, "an event needs a topic");
        Objects.requireNonNull(job, "job");
        requireOpen();
        publisher.send(Names.EVENTS, codec.encodeEvent(job), false, m -> m.putStringProperty(Names.TOPIC, topic));
    }

    @Override
    public Subscription subscribe(String pattern, Consumer<Job> listener) {
        requireText(pattern, "a subscription needs a pattern");
        Objects.requireNonNull(listener, "listener");
        requireOpen();
        EventConsumer consumer = new EventConsumer(connection, Names.EVENTS, TopicFilter.of(pattern),
                "events " + pattern, body -> listener.accept(codec.decodeEvent(body)));
        return subscriptions.start(new ConsumerGroup(List.of(consumer)));
    }

    @Override
    public void announce(Activity activity) {
        Objects.requireNonNull(activity, "activity");
        requireOpen();
        publisher.send(Names.ACTIVITY, codec.encodeActivity(activity), false, m -> { });
    }

    @Override
    public Subscription watch(Consumer<Activity> watcher) {
        Objects.requireNonNull(watcher, "watcher");
        requireOpen();
        EventConsumer consumer = new EventConsumer(connection, Names.ACTIVITY, null, "activity",
                body -> watcher.accept(codec.decodeActivity(body)));
        return subscriptions.start(new ConsumerGroup(List.of(consumer)));
    }

    void close(Duration grace) {
        subscriptions.closeAll(grace);
    }

    private void requireOpen() {
        if (subscriptions.isClosed() || connection.isClosed()) throw BrokerFailures.closed();
    }

    private static void requireText(String value, String message) {
        if (value == null || value.isBlank()) throw new IllegalArgumentException(message);
    }
}
