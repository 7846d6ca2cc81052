package io.tork.application.port.out;

import java.time.Instant;
import java.util.Objects;

/**
 * A message a transaction decided to send, kept in the datastore with the state change that decided it.
 *
 * @param deliverAt when the message is due to its consumer, or null to deliver it at once
 * @param keptAt    when the transaction that decided it ran; the relay resends only entries older than a grace
 *                  period, so it never races the process that is sending them right now
 */
public record OutboxEntry(String id, String queue, Message message, Instant deliverAt, Instant keptAt) {
    public OutboxEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(keptAt, "keptAt");
    }
}
