package io.tork.application.common;

import io.tork.application.port.out.MessageQueue;
import io.tork.application.port.out.OutboxEntry;
import io.tork.application.port.out.OutboxStore;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Sends the messages that a process kept in the outbox but never sent, because it died after committing or the
 * broker refused them. Only entries older than {@code grace} are taken, so the relay does not race a live
 * process that is sending its own entries right now; a message may still arrive twice, which every consumer
 * tolerates (coordinator handlers re-check stored state, workers ignore a task they already ran).
 */
public final class OutboxRelay {
    static final int BATCH = 500;
    /** How long a pass waits for the broker to store what it handed over. */
    private static final long STORE_PATIENCE_MILLIS = 30_000;
    private final OutboxStore store;
    private final MessageQueue queue;
    private final Clock clock;
    private final Duration grace;

    public OutboxRelay(OutboxStore store, MessageQueue queue, Clock clock, Duration grace) {
        this.store = Objects.requireNonNull(store, "store");
        this.queue = Objects.requireNonNull(queue, "queue");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.grace = Objects.requireNonNull(grace, "grace");
    }

    /** @return how many messages were sent */
    public int relayOnce() {
        int relayed = 0;
        while (true) {
            List<OutboxEntry> stale = store.keptBefore(clock.instant().minus(grace), BATCH);
            if (stale.isEmpty()) return relayed;
            List<String> sent = OutboxSending.sendInOrder(queue, stale, STORE_PATIENCE_MILLIS);
            OutboxSending.forget(store, sent);
            relayed += sent.size();
            if (sent.size() < stale.size() || stale.size() < BATCH) return relayed;
        }
    }
}
