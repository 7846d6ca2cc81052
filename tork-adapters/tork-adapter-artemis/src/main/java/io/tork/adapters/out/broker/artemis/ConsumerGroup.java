package io.tork.adapters.out.broker.artemis;

import io.tork.application.port.out.Subscription;
import java.time.Duration;
import java.util.List;

/** The consumers of one subscription, stopped together. */
final class ConsumerGroup implements Subscription {
    private final List<? extends ConsumerLoop> consumers;

    ConsumerGroup(List<? extends ConsumerLoop> consumers) {
        this.consumers = List.copyOf(consumers);
    }

    /** Starts every consumer; if one cannot attach, those already started are stopped again. */
    ConsumerGroup start() {
        try {
            consumers.forEach(ConsumerLoop::start);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        return this;
    }

    @Override
    public void close() {
        consumers.forEach(ConsumerLoop::stop);
    }

    /** Every consumer has let go of its session (closing only asks them to). */
    boolean isFinished() {
        return consumers.stream().allMatch(ConsumerLoop::isFinished);
    }

    /** Waits for the message at hand of each consumer, sharing {@code patience} between them. */
    boolean awaitStopped(Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        boolean all = true;
        for (ConsumerLoop consumer : consumers) {
            Duration left = Duration.ofNanos(Math.max(1, deadline - System.nanoTime()));
            all &= consumer.awaitStopped(left);
        }
        return all;
    }
}
