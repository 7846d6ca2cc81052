package io.tork.application.port.out;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * The transactional outbox: messages are kept in the same transaction as the state change that decided them and
 * removed once sent. A process that dies between committing and sending leaves its entries here, and a relay
 * sends them later, so a committed state change never waits forever for the message that moves it on.
 */
public interface OutboxStore {
    /** Keeps the entries as part of the current transaction: they exist exactly when its other writes do. */
    void keep(List<OutboxEntry> entries);

    /** Entries kept before {@code before}, in the order they were kept, at most {@code limit}. */
    List<OutboxEntry> keptBefore(Instant before, int limit);

    /** Forgets sent entries; ids that are not (or no longer) kept are ignored. */
    void remove(Collection<String> ids);
}
