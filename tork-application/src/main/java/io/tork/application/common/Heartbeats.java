package io.tork.application.common;

import io.tork.application.port.out.Message.Heartbeat;
import io.tork.application.port.out.MessageQueue;
import io.tork.domain.node.Node;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tells the coordinators, at a fixed interval, that a node is alive and how it is doing. */
public final class Heartbeats implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Heartbeats.class);
    private final MessageQueue queue;
    private final Supplier<Node> describe;
    private final Duration interval;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("heartbeats").factory());

    public Heartbeats(MessageQueue queue, Supplier<Node> describe, Duration interval) {
        this.queue = queue;
        this.describe = describe;
        this.interval = interval;
    }

    public void start() {
        timer.scheduleAtFixedRate(this::beat, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void beat() {
        try {
            queue.publish(QueueNames.HEARTBEAT, new Heartbeat(describe.get()));
        } catch (RuntimeException e) {
            // the broker may be down for a while: the next beat tries again
            log.warn("could not send a heartbeat: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
