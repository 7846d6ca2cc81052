package io.tork.adapters.out.datastore.postgres;

import static io.tork.adapters.out.datastore.postgres.schema.Tables.NODES;

import io.tork.application.port.out.NodeStore;
import io.tork.domain.node.Node;
import io.tork.domain.node.NodeStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** Nodes as JSONB documents; the heartbeat column lets a stale heartbeat lose to the stored one. */
final class PostgresNodeStore implements NodeStore {
    /** The status as the node's document holds it (the record component {@code status}, written by name). */
    private static final Field<String> STATUS = DSL.field("{0} ->> 'status'", String.class, NODES.DOC);
    private final Database database;
    private final Documents documents;

    PostgresNodeStore(Database database, Documents documents) {
        this.database = database;
        this.documents = documents;
    }

    @Override
    public void save(Node node) {
        database.onConnection("can not save node " + node.id(), db -> db.insertInto(NODES)
                .set(NODES.ID, node.id())
                .set(NODES.NAME, NulCharacters.strip(node.name()))
                .set(NODES.LAST_HEARTBEAT_AT, Timestamps.utc(node.lastHeartbeatAt()))
                .set(NODES.DOC, documents.write(node))
                .onConflict(NODES.ID).doUpdate()
                .set(NODES.NAME, DSL.excluded(NODES.NAME))
                .set(NODES.LAST_HEARTBEAT_AT, DSL.excluded(NODES.LAST_HEARTBEAT_AT))
                .set(NODES.DOC, DSL.excluded(NODES.DOC))
                // a heartbeat that arrives late must not overwrite a newer one
                .where(NODES.LAST_HEARTBEAT_AT.isNull()
                        .or(DSL.excluded(NODES.LAST_HEARTBEAT_AT).ge(NODES.LAST_HEARTBEAT_AT)))
                .execute());
    }

    @Override
    public Optional<Node> find(String id) {
        return database.onConnection("can not read node " + id, db -> db.select(NODES.DOC).from(NODES)
                .where(NODES.ID.eq(id))
                .fetchOptional(NODES.DOC)
                .map(doc -> documents.read(doc, Node.class)));
    }

    @Override
    public List<Node> heardSince(Instant since) {
        return database.onConnection("can not list nodes", db -> db.select(NODES.DOC).from(NODES)
                .where(NODES.LAST_HEARTBEAT_AT.ge(Timestamps.utc(since)))
                .orderBy(NODES.NAME.collate("C").asc(), NODES.ID.asc())
                .fetch(NODES.DOC).stream()
                .map(doc -> documents.read(doc, Node.class))
                .toList());
    }

    @Override
    public List<Node> silentSince(Instant since) {
        return database.onConnection("can not list silent nodes", db -> db.select(NODES.DOC).from(NODES)
                .where(NODES.LAST_HEARTBEAT_AT.isNull().or(NODES.LAST_HEARTBEAT_AT.lt(Timestamps.utc(since))))
                .and(STATUS.isDistinctFrom(NodeStatus.OFFLINE.name()))
                .orderBy(NODES.LAST_HEARTBEAT_AT.asc().nullsFirst(), NODES.ID.asc())
                .fetch(NODES.DOC).stream()
                .map(doc -> documents.read(doc, Node.class))
                .toList());
    }
}
