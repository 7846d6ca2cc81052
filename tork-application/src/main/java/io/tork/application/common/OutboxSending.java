package io.tork.application.common;

import io.tork.application.port.out.MessageQueue;
import io.tork.application.port.out.OutboxEntry;
import io.tork.application.port.out.OutboxStore;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Hands kept entries to the broker and forgets the ones it took; shared by the outbox and its relay. */
final class OutboxSending {
    private static final Logger log = LoggerFactory.getLogger(OutboxSending.class);

    private OutboxSending() {
    }

    /** @return the ids of the entries sent, a prefix of {@code entries}: sending stops at the first refusal */
    static List<String> sendInOrder(MessageQueue queue, List<OutboxEntry> entries) {
        List<String> sent = new ArrayList<>(entries.size());
        for (OutboxEntry entry : entries) {
            try {
                if (entry.deliverAt() == null) {
                    queue.publish(entry.queue(), entry.message());
                } else {
                    queue.publishAt(entry.queue(), entry.message(), entry.deliverAt());
                }
                sent.add(entry.id());
            } catch (RuntimeException e) {
                log.warn("the broker did not take a message for queue {} ({}); {} message(s) stay in the outbox "
                        + "for the relay", entry.queue(), e.getMessage(), entries.size() - sent.size());
                break;
            }
        }
        return sent;
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
