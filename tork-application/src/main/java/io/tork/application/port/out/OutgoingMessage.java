package io.tork.application.port.out;

import java.time.Instant;
import java.util.Objects;

/**
 * A message to hand to the broker with {@link MessageQueue#handOver}.
 *
 * @param deliverAt when the message is due to its consumer, or null to deliver it at once
 */
public record OutgoingMessage(String queue, Message message, Instant deliverAt) {
    public OutgoingMessage {
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(message, "message");
    }
}
