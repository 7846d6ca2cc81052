package io.tork.application.common;

import io.tork.application.port.out.EventBus;
import io.tork.application.port.out.Message;
import io.tork.application.port.out.MessageQueue;
import io.tork.domain.job.Job;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Messages decided inside a transaction, sent only after it committed, so that no consumer ever sees a
 * message about state that was rolled back.
 */
public final class Outbox {
    private final List<Runnable> pending = new ArrayList<>();
    private final MessageQueue queue;
    private final EventBus events;

    public Outbox(MessageQueue queue, EventBus events) {
        this.queue = queue;
        this.events = events;
    }

    public void send(String queueName, Message message) {
        pending.add(() -> queue.publish(queueName, message));
    }

    public void sendAt(String queueName, Message message, Instant at) {
        pending.add(() -> queue.publishAt(queueName, message, at));
    }

    public void announce(String topic, Job job) {
        pending.add(() -> events.publish(topic, job));
    }

    /** Sends everything collected, in order. */
    public void flush() {
        List<Runnable> toSend = List.copyOf(pending);
        pending.clear();
        toSend.forEach(Runnable::run);
    }
}
