package io.tork.application.port.out;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Point-to-point queues between coordinators and workers. Each message goes to exactly one subscriber of its
 * queue (competing consumers); higher {@link Message#priority()} first. A message published to a queue nobody
 * consumes yet waits there; it is never dropped.
 */
public interface MessageQueue {
    void publish(String queue, Message message);

    /** Delivers the message no earlier than {@code deliverAt} (retry back-off, job timeouts). */
    void publishAt(String queue, Message message, Instant deliverAt);

    /**
     * Hands {@code messages} to the broker in their order without waiting for each to be stored: what a caller does
     * whose messages are safe elsewhere until the broker has them (an outbox). Returns one stage per message, in
     * the same order, completed once the broker has stored that message, or failed if it could not take it. After
     * a refusal the later messages are not sent (their stages fail too), so that sending them again keeps their
     * order. Never throws for a broker that is away or refuses: the stages tell.
     *
     * <p>This default publishes each in turn, waiting for each; a broker that can confirm stores asynchronously
     * does better.
     */
    default List<CompletableFuture<Void>> handOver(List<OutgoingMessage> messages) {
        List<CompletableFuture<Void>> stored = new ArrayList<>(messages.size());
        RuntimeException refusal = null;
        for (OutgoingMessage outgoing : messages) {
            if (refusal == null) {
                try {
                    if (outgoing.deliverAt() == null) publish(outgoing.queue(), outgoing.message());
                    else publishAt(outgoing.queue(), outgoing.message(), outgoing.deliverAt());
                    stored.add(CompletableFuture.completedFuture(null));
                    continue;
                } catch (RuntimeException e) {
                    refusal = e;
                }
            }
            stored.add(CompletableFuture.failedFuture(refusal));
        }
        return stored;
    }

    /** Starts {@code concurrency} consumers on the queue, each handling one message at a time. */
    Subscription subscribe(String queue, int concurrency, MessageHandler handler);

    List<QueueInfo> queues();

    Optional<QueueInfo> queue(String name);

    /** Forgets the queue and its waiting messages. */
    void deleteQueue(String name);

    /** Whether the broker can take messages now. */
    boolean isHealthy();
}
