package io.tork.adapters.out.broker.artemis;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The subscriptions of one port, so that closing the port stops them all and waits for their handlers. A group is
 * kept until its threads have ended, not merely until it was closed, so that closing the port also waits for
 * subscriptions closed just before.
 */
final class Subscriptions {
    private static final Logger log = LoggerFactory.getLogger(Subscriptions.class);

    private final Set<ConsumerGroup> groups = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean closed = new AtomicBoolean();

    ConsumerGroup start(ConsumerGroup group) {
        if (closed.get()) throw BrokerFailures.closed();
        groups.removeIf(ConsumerGroup::isFinished);
        groups.add(group);
        return group.start();
    }

    boolean isClosed() {
        return closed.get();
    }

    void closeAll(Duration grace) {
        if (!closed.compareAndSet(false, true)) return;
        Set<ConsumerGroup> all = Set.copyOf(groups);
        all.forEach(ConsumerGroup::close);
        long deadline = System.nanoTime() + grace.toNanos();
        try {
            for (ConsumerGroup group : all) {
                Duration left = Duration.ofNanos(Math.max(1, deadline - System.nanoTime()));
                if (!group.awaitStopped(left)) {
                    log.warn("a consumer was still handling a message after {}; the broker will redeliver it", grace);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
