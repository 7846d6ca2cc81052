package io.tork.application.common;

import io.tork.application.port.out.MessageQueue;
import io.tork.application.port.out.OutboxEntry;
import io.tork.application.port.out.OutboxStore;
import io.tork.application.port.out.OutgoingMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Hands kept entries to the broker and forgets the ones it took; shared by the outbox and its relay. */
final class OutboxSending {
    private static final Logger log = LoggerFactory.getLogger(OutboxSending.class);

    private OutboxSending() {
    }

    /**
     * Hands the entries to the broker in order without waiting for it to store them.
     *
     * @return one stage per entry, in order, yielding the entry's id once the broker stored it, or null if it
     *         could not
     */
    static List<CompletableFuture<String>> handOver(MessageQueue queue, List<OutboxEntry> entries) {
        if (entries.isEmpty()) return List.of();
        List<OutgoingMessage> outgoing = new ArrayList<>(entries.size());
        for (OutboxEntry entry : entries) outgoing.add(new OutgoingMessage(entry.queue(), entry.message(), entry.deliverAt()));
        List<CompletableFuture<Void>> stored = queue.handOver(outgoing);
        List<CompletableFuture<String>> ids = new ArrayList<>(entries.size());
        // the entries after a refused one fail with it: one warning per batch says it all
        AtomicBoolean warned = new AtomicBoolean();
        for (int i = 0; i < entries.size(); i++) {
            OutboxEntry entry = entries.get(i);
            ids.add(stored.get(i).handle((ignored, refusal) -> {
                if (refusal == null) return entry.id();
                if (warned.compareAndSet(false, true)) {
                    log.warn("the broker did not take a message for queue {} ({}); it stays in the outbox for the "
                            + "relay, with those after it", entry.queue(), messageOf(refusal));
                }
                return null;
            }));
        }
        return ids;
    }

    /**
     * Hands the entries over and waits until the broker stored them or {@code patience} ran out.
     *
     * @return the ids of the entries stored, a prefix of {@code entries}
     */
    static List<String> sendInOrder(MessageQueue queue, List<OutboxEntry> entries, long patienceMillis) {
        List<String> sent = new ArrayList<>(entries.size());
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(patienceMillis);
        for (CompletableFuture<String> stored : handOver(queue, entries)) {
            String id = awaitQuietly(stored, deadline);
            // an entry not stored in time may still arrive: the relay's next pass sends it again, which is tolerated
            if (id == null) break;
            sent.add(id);
        }
        return sent;
    }

    private static String awaitQuietly(CompletableFuture<String> stored, long deadlineNanos) {
        try {
            return stored.get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }

    private static String messageOf(Throwable refusal) {
        Throwable cause = refusal instanceof CompletionException && refusal.getCause() != null
                ? refusal.getCause() : refusal;
        return cause.getMessage();
    }

    /** A failure here only means the relay sends these again later: consumers tolerate a repeated message. */
    static void forget(OutboxStore store, List<String> sent) {
        if (sent.isEmpty()) return;
        try {
            store.remove(sent);
        } catch (RuntimeException e) {
            log.warn("could not remove {} sent message(s) from the outbox; the relay will send them again: {}",
                    sent.size(), e.getMessage());
        }
    }
}
