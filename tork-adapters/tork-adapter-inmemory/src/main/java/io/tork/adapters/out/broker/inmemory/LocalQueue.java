package io.tork.adapters.out.broker.inmemory;

import io.tork.application.port.out.Message;
import io.tork.application.port.out.QueueInfo;
import java.util.PriorityQueue;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One named queue: its waiting messages by priority, and the consumers competing for them. A lock and condition
 * of its own rather than a blocking queue, so that closing a subscription wakes exactly its idle consumers and
 * never has to interrupt one that is busy with a message.
 */
final class LocalQueue {
    private final String name;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final PriorityQueue<Envelope> waiting = new PriorityQueue<>();
    private long published;
    private int subscribers;
    private long unacked;

    LocalQueue(String name) {
        this.name = name;
    }

    void offer(Message message) {
        lock.lock();
        try {
            waiting.add(new Envelope(message, message.priority(), published++));
            changed.signal();
        } finally {
            lock.unlock();
        }
    }

    /**
     * The next message for a consumer of {@code subscription}, waiting until there is one; {@code null} once the
     * subscription is closed. The message counts as unacknowledged until {@link #acknowledge()}.
     */
    Message take(LocalSubscription subscription) {
        lock.lock();
        try {
            while (!subscription.isClosed() && waiting.isEmpty()) {
                try {
                    changed.await();
                } catch (InterruptedException ignored) {
                    // only closing the subscription ends a consumer; a stray interrupt must not
                }
            }
            if (subscription.isClosed()) {
                return null;
            }
            unacked++;
            return waiting.poll().message();
        } finally {
            lock.unlock();
        }
    }

    void acknowledge() {
        lock.lock();
        try {
            unacked--;
        } finally {
            lock.unlock();
        }
    }

    void attach(int consumers) {
        lock.lock();
        try {
            subscribers += consumers;
        } finally {
            lock.unlock();
        }
    }

    /** Closes the subscription and wakes its idle consumers so they leave; busy ones leave after their message. */
    void detach(LocalSubscription subscription) {
        lock.lock();
        try {
            if (subscription.markClosed()) {
                subscribers -= subscription.concurrency();
                changed.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    void purge() {
        lock.lock();
        try {
            waiting.clear();
        } finally {
            lock.unlock();
        }
    }

    boolean hasSubscribers() {
        lock.lock();
        try {
            return subscribers > 0;
        } finally {
            lock.unlock();
        }
    }

    QueueInfo info() {
        lock.lock();
        try {
            return new QueueInfo(name, waiting.size(), subscribers, unacked);
        } finally {
            lock.unlock();
        }
    }

    String name() {
        return name;
    }
}
