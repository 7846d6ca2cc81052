package io.tork.adapters.out.datastore.inmemory;

import io.tork.domain.node.Node;
import io.tork.domain.node.NodeStatus;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Nodes as last heard of. Not thread-safe: used only under the {@link UnitOfWork}'s lock. */
final class NodeTable {
    private static final Comparator<Node> BY_NAME = Comparator
            .comparing(Node::name, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Node::id);
    private static final Comparator<Instant> OLDEST_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());

    private final UnitOfWork unit;
    private final Map<String, Node> byId = new HashMap<>();

    NodeTable(UnitOfWork unit) {
        this.unit = unit;
    }

    void save(Node node) {
        Objects.requireNonNull(node.id(), "a node needs an id");
        Node previous = byId.get(node.id());
        // heartbeats travel through competing consumers and may overtake each other
        if (previous != null && OLDEST_FIRST.compare(node.lastHeartbeatAt(), previous.lastHeartbeatAt()) < 0) {
            return;
        }
        byId.put(node.id(), node);
        unit.onRollback(() -> {
            if (previous == null) {
                byId.remove(node.id());
            } else {
                byId.put(previous.id(), previous);
            }
        });
    }

    Optional<Node> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    List<Node> heardSince(Instant since) {
        return byId.values().stream()
                .filter(node -> node.lastHeartbeatAt() != null && !node.lastHeartbeatAt().isBefore(since))
                .sorted(BY_NAME)
                .toList();
    }

    List<Node> silentSince(Instant since) {
        return byId.values().stream()
                .filter(node -> node.status() != NodeStatus.OFFLINE)
                .filter(node -> node.lastHeartbeatAt() == null || node.lastHeartbeatAt().isBefore(since))
                .sorted(Comparator.comparing(Node::lastHeartbeatAt, OLDEST_FIRST).thenComparing(Node::id))
                .toList();
    }
}
