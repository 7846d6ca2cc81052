package io.tork.application.common;

import io.tork.application.port.out.EventBus;
import io.tork.application.port.out.IdGenerator;
import io.tork.application.port.out.Message;
import io.tork.application.port.out.MessageQueue;
import io.tork.application.port.out.OutboxEntry;
import io.tork.application.port.out.OutboxStore;
import io.tork.domain.job.Job;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The messages one transaction decides. They are kept in the datastore inside that transaction ({@link #keep()})
 * and sent only after it committed ({@link #flush()}), so no consumer ever sees a message about state that was
 * rolled back, and a process dying between the commit and the send leaves them for the {@link OutboxRelay}.
 * Job events are a notification, not a hand-over of work: they are sent after the commit but not kept.
 */
public final class Outbox {
    private static final Logger log = LoggerFactory.getLogger(Outbox.class);
    private final List<OutboxEntry> messages = new ArrayList<>();
    private final List<Announcement> announcements = new ArrayList<>();
    private final MessageQueue queue;
    /** Null for work that announces no job events. */
    private final EventBus events;
    private final OutboxStore store;
    private final SentEntries sentEntries;
    private final IdGenerator ids;
    private final Clock clock;

    Outbox(MessageQueue queue, EventBus events, OutboxStore store, SentEntries sentEntries, IdGenerator ids,
           Clock clock) {
        this.queue = queue;
        this.events = events;
        this.store = store;
        this.sentEntries = sentEntries;
        this.ids = ids;
        this.clock = clock;
    }

    public void send(String queueName, Message message) {
        messages.add(new OutboxEntry(ids.newId(), queueName, message, null, clock.instant()));
    }

    public void sendAt(String queueName, Message message, Instant at) {
        messages.add(new OutboxEntry(ids.newId(), queueName, message, at, clock.instant()));
    }

    public void announce(String topic, Job job) {
        if (events == null) throw new IllegalStateException("this outbox has no event bus to announce " + topic);
        announcements.add(new Announcement(topic, job));
    }

    /** Stores the messages decided so far; called inside the transaction, after its work. */
    public void keep() {
        if (!messages.isEmpty()) store.keep(List.copyOf(messages));
    }

    /**
     * Hands everything collected to the broker, in order, and forgets each entry once the broker has stored it.
     * Does not wait for the broker: until it confirms, the entry is still kept, so nothing is lost if it never
     * does. Never throws: a message the broker refuses stays kept (with every later one, to keep their order) and
     * the relay sends it when it can.
     */
    public void flush() {
        List<OutboxEntry> toSend = List.copyOf(messages);
        messages.clear();
        for (CompletableFuture<String> stored : OutboxSending.handOver(queue, toSend)) {
            sentEntries.forgetWhenStored(stored);
        }
        List<Announcement> toAnnounce = List.copyOf(announcements);
        announcements.clear();
        for (Announcement announcement : toAnnounce) {
            try {
                events.publish(announcement.topic(), announcement.job());
            } catch (RuntimeException e) {
                log.warn("could not announce {} of job {}: {}", announcement.topic(), announcement.job().id(),
                        e.getMessage());
            }
        }
    }

    private record Announcement(String topic, Job job) {
    }
}
