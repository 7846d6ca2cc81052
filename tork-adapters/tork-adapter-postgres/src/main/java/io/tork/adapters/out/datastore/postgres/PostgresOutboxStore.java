package io.tork.adapters.out.datastore.postgres;

import static io.tork.adapters.out.datastore.postgres.schema.Tables.OUTBOX;

import io.tork.application.port.out.OutboxEntry;
import io.tork.application.port.out.OutboxStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jooq.Record;

/** The outbox table; entries are written in one statement per transaction and read back in the order kept. */
final class PostgresOutboxStore implements OutboxStore {
    private final Database database;
    private final OutboxMessages messages;

    PostgresOutboxStore(Database database, Documents documents) {
        this.database = database;
        this.messages = new OutboxMessages(documents);
    }

    @Override
    public void keep(List<OutboxEntry> entries) {
        if (entries.isEmpty()) return;
        database.onConnection("can not keep " + entries.size() + " message(s) in the outbox", db -> {
            var insert = db.insertInto(OUTBOX, OUTBOX.ID, OUTBOX.QUEUE, OUTBOX.KIND, OUTBOX.DELIVER_AT, OUTBOX.KEPT_AT,
                    OUTBOX.DOC);
            for (OutboxEntry entry : entries) {
                insert = insert.values(entry.id(), entry.queue(), messages.kindOf(entry.message()),
                        Timestamps.utc(entry.deliverAt()), Timestamps.utc(entry.keptAt()),
                        messages.write(entry.message()));
            }
            return insert.execute();
        });
    }

    @Override
    public List<OutboxEntry> keptBefore(Instant before, int limit) {
        return database.onConnection("can not read the outbox", db -> {
            List<OutboxEntry> due = new ArrayList<>();
            for (Record row : db.select(OUTBOX.ID, OUTBOX.QUEUE, OUTBOX.KIND, OUTBOX.DELIVER_AT, OUTBOX.KEPT_AT,
                            OUTBOX.DOC)
                    .from(OUTBOX)
                    .where(OUTBOX.KEPT_AT.lt(Timestamps.utc(before)))
                    .orderBy(OUTBOX.SEQ.asc())
                    .limit(limit)
                    .fetch()) {
                due.add(new OutboxEntry(row.get(OUTBOX.ID), row.get(OUTBOX.QUEUE),
                        messages.read(row.get(OUTBOX.KIND), row.get(OUTBOX.DOC)),
                        Timestamps.instant(row.get(OUTBOX.DELIVER_AT)), Timestamps.instant(row.get(OUTBOX.KEPT_AT))));
            }
            return due;
        });
    }

    @Override
    public void remove(Collection<String> ids) {
        if (ids.isEmpty()) return;
        database.onConnection("can not remove sent messages from the outbox",
                db -> db.deleteFrom(OUTBOX).where(OUTBOX.ID.in(ids)).execute());
    }
}
