package io.tork.adapters.out.datastore.inmemory;

import io.tork.application.port.out.OutboxEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Outbox entries in the order they were kept. Not thread-safe: used only under the {@link UnitOfWork}'s lock. */
final class OutboxTable {
    private final UnitOfWork unit;
    private final Map<String, OutboxEntry> byId = new LinkedHashMap<>();

    OutboxTable(UnitOfWork unit) {
        this.unit = unit;
    }

    void keep(OutboxEntry entry) {
        if (byId.putIfAbsent(entry.id(), entry) != null) {
            throw new IllegalStateException("outbox entry " + entry.id() + " is kept already");
        }
        unit.onRollback(() -> byId.remove(entry.id()));
    }

    List<OutboxEntry> keptBefore(Instant before, int limit) {
        List<OutboxEntry> due = new ArrayList<>();
        for (OutboxEntry entry : byId.values()) {
            if (due.size() >= limit) break;
            if (entry.keptAt().isBefore(before)) due.add(entry);
        }
        return due;
    }

    void remove(String id) {
        OutboxEntry removed = byId.remove(id);
        // a rolled-back removal puts the entry back at the end: its place only matters against later entries
        if (removed != null) unit.onRollback(() -> byId.put(id, removed));
    }
}
