package io.tork.application.port.out;

import io.tork.domain.node.Node;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Coordinators and workers as last heard of. */
public interface NodeStore {
    /** Inserts or updates the node; a heartbeat older than the stored one is ignored. */
    void save(Node node);

    Optional<Node> find(String id);

    /** Nodes heard of at or after {@code since}, by name. */
    List<Node> heardSince(Instant since);

    /**
     * Nodes not heard of since {@code since} (last heartbeat strictly before it, or never) and not yet marked
     * {@link io.tork.domain.node.NodeStatus#OFFLINE OFFLINE}, longest silent first: the candidates for being
     * declared lost.
     */
    List<Node> silentSince(Instant since);
}
