package io.tork.adapters.out.datastore.postgres;

import static io.tork.adapters.out.datastore.postgres.schema.Tables.OUTBOX;

import io.tork.application.port.out.OutboxEntry;
import io.tork.application.port.out.OutboxStore;
import java.time.Instant;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jooq.Record;

/** The outbox table; entries are sent with their transaction's other writes and read back in the order kept. */
final class PostgresOutboxStore implements OutboxStore {
    // written out rather than rendered by jOOQ each time (see Database.onJdbc)
    private static final String INSERT = "INSERT INTO outbox (id, queue, kind, deliver_at, kept_at, doc) "
            + "VALUES (?, ?, ?, ?, ?, ?::jsonb)";
    private static final String REMOVE = "DELETE FROM outbox WHERE id = ANY (?)";

    private final Database database;
    private final OutboxMessages messages;

    PostgresOutboxStore(Database database, Documents documents) {
        this.database = database;
        this.messages = new OutboxMessages(documents);
    }

    @Override
    public void keep(List<OutboxEntry> entries) {
        for (OutboxEntry entry : entries) {
            String kind = messages.kindOf(entry.message());
            String doc = messages.write(entry.message()).data();
            database.write("can not keep message " + entry.id() + " in the outbox", INSERT, row -> row
                    .text(entry.id())
                    .text(entry.queue())
                    .text(kind)
                    .instant(entry.deliverAt())
                    .instant(entry.keptAt())
                    .text(doc));
        }
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
        database.onJdbc("can not remove sent messages from the outbox", connection -> {
            try (PreparedStatement delete = connection.prepareStatement(REMOVE)) {
                delete.setArray(1, connection.createArrayOf("varchar", ids.toArray(String[]::new)));
                return delete.executeUpdate();
            }
        });
    }
}
