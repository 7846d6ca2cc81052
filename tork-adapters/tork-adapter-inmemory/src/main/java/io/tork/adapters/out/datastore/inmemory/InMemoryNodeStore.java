package io.tork.adapters.out.datastore.inmemory;

import io.tork.application.port.out.NodeStore;
import io.tork.domain.node.Node;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@link NodeStore} over the shared {@link NodeTable}. */
final class InMemoryNodeStore implements NodeStore {
    private final UnitOfWork unit;
    private final NodeTable nodes;

    InMemoryNodeStore(UnitOfWork unit, NodeTable nodes) {
        this.unit = unit;
        this.nodes = nodes;
    }

    @Override
    public void save(Node node) {
        Objects.requireNonNull(node, "node");
        unit.run(() -> nodes.save(node));
    }

    @Override
    public Optional<Node> find(String id) {
        return unit.read(() -> nodes.find(id));
    }

    @Override
    public List<Node> heardSince(Instant since) {
        Objects.requireNonNull(since, "since");
        return unit.read(() -> nodes.heardSince(since));
    }

    @Override
    public List<Node> silentSince(Instant since) {
        Objects.requireNonNull(since, "since");
        return unit.read(() -> nodes.silentSince(since));
    }
}
