package io.tork.adapters.out.broker.inmemory;

import io.tork.application.port.out.Message;
import io.tork.application.port.out.MessageHandler;
import io.tork.application.port.out.MessageQueue;
import io.tork.application.port.out.QueueInfo;
import io.tork.application.port.out.StoreException;
import io.tork.application.port.out.Subscription;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The broker of standalone mode: queues in this process's memory. Each message goes to one consumer of its queue
 * (competing consumers), higher priority first and first-published first within a priority; a message nobody
 * consumes yet waits. A queue exists from its first publish or subscribe until it is deleted.
 *
 * <p>No redelivery: a handler that throws loses its message, which is logged. The coordinator's handlers convert
 * their own failures into task failures, so nothing that matters is lost this way.
 *
 * <p>{@link #close()} stops every consumer and timer and waits for handlers busy with a message (up to the
 * shutdown grace, then interrupts them); afterwards the broker is unhealthy and refuses to publish or subscribe.
 */
public final class InMemoryMessageQueue implements MessageQueue, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(InMemoryMessageQueue.class);
    private static final Duration DEFAULT_SHUTDOWN_GRACE = Duration.ofSeconds(30);
    private static final Duration AFTER_INTERRUPT = Duration.ofSeconds(5);

    private final ConcurrentHashMap<String, LocalQueue> queues = new ConcurrentHashMap<>();
    private final Set<LocalSubscription> subscriptions = ConcurrentHashMap.newKeySet();
    private final DelayedDeliveries delayed;
    private final Duration shutdownGrace;
    private final AtomicBoolean closed = new AtomicBoolean();

    public InMemoryMessageQueue() {
        this(Clock.systemUTC(), DEFAULT_SHUTDOWN_GRACE);
    }

    /**
     * @param clock         decides when delayed messages are due
     * @param shutdownGrace how long {@link #close()} waits for busy handlers before interrupting them
     */
    public InMemoryMessageQueue(Clock clock, Duration shutdownGrace) {
        this.delayed = new DelayedDeliveries(Objects.requireNonNull(clock, "clock"), this::deliverDue);
        this.shutdownGrace = Objects.requireNonNull(shutdownGrace, "shutdownGrace");
    }

    @Override
    public void publish(String queue, Message message) {
        requireName(queue);
        Objects.requireNonNull(message, "message");
        requireOpen();
        queues.compute(queue, (name, existing) -> {
            LocalQueue target = existing == null ? new LocalQueue(name) : existing;
            target.offer(message);
            return target;
        });
    }

    @Override
    public void publishAt(String queue, Message message, Instant deliverAt) {
        requireName(queue);
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(deliverAt, "deliverAt");
        requireOpen();
        delayed.schedule(queue, message, deliverAt);
    }

    @Override
    public Subscription subscribe(String queue, int concurrency, MessageHandler handler) {
        requireName(queue);
        Objects.requireNonNull(handler, "handler");
        if (concurrency < 1) {
            throw new IllegalArgumentException("a subscription needs at least one consumer, not " + concurrency);
        }
        requireOpen();
        LocalQueue target = queues.compute(queue, (name, existing) -> {
            LocalQueue found = existing == null ? new LocalQueue(name) : existing;
            found.attach(concurrency);
            return found;
        });
        LocalSubscription subscription = new LocalSubscription(target, concurrency, handler);
        // kept until its threads have ended, not merely until closed, so that close() can wait for them
        subscriptions.removeIf(LocalSubscription::isFinished);
        subscriptions.add(subscription);
        if (closed.get()) {
            subscription.close();
            throw terminated();
        }
        subscription.start(ConsumerThreads.forQueue(queue));
        return subscription;
    }

    @Override
    public List<QueueInfo> queues() {
        return queues.values().stream().map(LocalQueue::info).sorted(Comparator.comparing(QueueInfo::name)).toList();
    }

    @Override
    public Optional<QueueInfo> queue(String name) {
        return Optional.ofNullable(queues.get(name)).map(LocalQueue::info);
    }

    /**
     * Drops the queue's waiting and delayed messages. A queue nobody consumes is forgotten; one with consumers
     * stays (empty) so that they keep receiving what is published to it later.
     */
    @Override
    public void deleteQueue(String name) {
        delayed.cancel(name);
        queues.computeIfPresent(name, (key, queue) -> {
            queue.purge();
            return queue.hasSubscribers() ? queue : null;
        });
    }

    @Override
    public boolean isHealthy() {
        return !closed.get();
    }

    /** Idempotent; see the class comment. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            delayed.close();
            List<LocalSubscription> all = List.copyOf(subscriptions);
            all.forEach(LocalSubscription::close);
            Instant deadline = Instant.now().plus(shutdownGrace);
            for (LocalSubscription subscription : all) {
                if (!subscription.awaitConsumers(deadline)) {
                    log.warn("a handler did not finish within {}; interrupting it", shutdownGrace);
                    subscription.interruptConsumers();
                    subscription.awaitConsumers(Instant.now().plus(AFTER_INTERRUPT));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            queues.clear();
            subscriptions.clear();
        }
    }

    private void deliverDue(String queue, Message message) {
        if (!closed.get()) {
            publish(queue, message);
        }
    }

    private void requireOpen() {
        if (closed.get()) {
            throw terminated();
        }
    }

    private static StoreException terminated() {
        return new StoreException("broker is terminated", false, null);
    }

    private static void requireName(String queue) {
        if (queue == null || queue.isBlank()) {
            throw new IllegalArgumentException("a queue needs a name");
        }
    }
}
