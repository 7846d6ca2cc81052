package io.tork.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Point-to-point queues between coordinators and workers. Each message goes to exactly one subscriber of its
 * queue (competing consumers); higher {@link Message#priority()} first. A message published to a queue nobody
 * consumes yet waits there; it is never dropped.
 */
public interface MessageQueue {
    void publish(String queue, Message message);

    /** Delivers the message no earlier than {@code deliverAt} (retry back-off, job timeouts). */
    void publishAt(String queue, Message message, Instant deliverAt);

    /** Starts {@code concurrency} consumers on the queue, each handling one message at a time. */
    Subscription subscribe(String queue, int concurrency, MessageHandler handler);

    List<QueueInfo> queues();

    Optional<QueueInfo> queue(String name);

    /** Forgets the queue and its waiting messages. */
    void deleteQueue(String name);

    /** Whether the broker can take messages now. */
    boolean isHealthy();
}
