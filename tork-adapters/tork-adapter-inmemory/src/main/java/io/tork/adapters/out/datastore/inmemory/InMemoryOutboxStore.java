package io.tork.adapters.out.datastore.inmemory;

import io.tork.application.port.out.OutboxEntry;
import io.tork.application.port.out.OutboxStore;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** {@link OutboxStore} over the shared {@link OutboxTable}. */
final class InMemoryOutboxStore implements OutboxStore {
    private final UnitOfWork unit;
    private final OutboxTable outbox;

    InMemoryOutboxStore(UnitOfWork unit, OutboxTable outbox) {
        this.unit = unit;
        this.outbox = outbox;
    }

    @Override
    public void keep(List<OutboxEntry> entries) {
        Objects.requireNonNull(entries, "entries");
        if (entries.isEmpty()) return;
        unit.run(() -> entries.forEach(outbox::keep));
    }

    @Override
    public List<OutboxEntry> keptBefore(Instant before, int limit) {
        Objects.requireNonNull(before, "before");
        return unit.read(() -> outbox.keptBefore(before, limit));
    }

    @Override
    public void remove(Collection<String> ids) {
        Objects.requireNonNull(ids, "ids");
        if (ids.isEmpty()) return;
        unit.run(() -> ids.forEach(outbox::remove));
    }
}
