package io.tork.contracts.store;

import static io.tork.contracts.TestData.at;
import static io.tork.contracts.TestData.newId;
import static io.tork.contracts.TestData.node;
import static org.assertj.core.api.Assertions.assertThat;

import io.tork.application.port.out.NodeStore;
import io.tork.domain.node.Node;
import io.tork.domain.node.NodeStatus;
import org.junit.jupiter.api.Test;

/** What every {@link NodeStore} does. The store is the same instance throughout one test and empty at its start. */
public abstract class AbstractNodeStoreContractTest {

    protected abstract NodeStore nodeStore();

    @Test
    void aSavedNodeIsFoundAsItWasSaved() {
        Node node = node(newId(), "worker-1", at(10));
        nodeStore().save(node);

        assertThat(nodeStore().find(node.id())).contains(node);
    }

    @Test
    void anUnknownNodeIsAbsent() {
        assertThat(nodeStore().find(newId())).isEmpty();
    }

    @Test
    void aNewerHeartbeatReplacesTheStoredNode() {
        Node node = node(newId(), "worker-1", at(10));
        nodeStore().save(node);
        Node later = node.heartbeat(at(20), 55.25, NodeStatus.DOWN, 4);

        nodeStore().save(later);

        assertThat(nodeStore().find(node.id())).contains(later);
    }

    @Test
    void aStaleHeartbeatIsIgnored() {
        Node node = node(newId(), "worker-1", at(20));
        nodeStore().save(node);

        nodeStore().save(node.heartbeat(at(10), 99, NodeStatus.DOWN, 9));

        assertThat(nodeStore().find(node.id())).contains(node);
    }

    @Test
    void nodesHeardSinceAnInstantComeByName() {
        Node charlie = save(node(newId(), "charlie", at(30)));
        Node alpha = save(node(newId(), "alpha", at(20)));
        save(node(newId(), "bravo", at(5)));
        Node delta = save(node(newId(), "delta", at(10)));

        assertThat(nodeStore().heardSince(at(10))).containsExactly(alpha, charlie, delta);
        assertThat(nodeStore().heardSince(at(31))).isEmpty();
    }

    @Test
    void aNodeHeardAgainCountsAsHeardSince() {
        Node node = save(node(newId(), "worker", at(5)));
        Node later = node.heartbeat(at(50), 1, NodeStatus.UP, 0);

        nodeStore().save(later);

        assertThat(nodeStore().heardSince(at(40))).containsExactly(later);
    }

    @Test
    void silentNodesComeLongestSilentFirst() {
        Node recent = save(node(newId(), "recent", at(30)));
        Node old = save(node(newId(), "old", at(5)));
        Node older = save(node(newId(), "older", at(1)));
        Node exactlyAtTheLimit = save(node(newId(), "limit", at(20)));

        assertThat(nodeStore().silentSince(at(20))).containsExactly(older, old);
        assertThat(nodeStore().silentSince(at(31))).containsExactly(older, old, exactlyAtTheLimit, recent);
    }

    @Test
    void aNodeMarkedOfflineIsNoLongerSilent() {
        Node node = save(node(newId(), "worker", at(5)));
        nodeStore().save(node.heartbeat(node.lastHeartbeatAt(), node.cpuPercent(), NodeStatus.OFFLINE, 0));

        assertThat(nodeStore().silentSince(at(10))).isEmpty();
        assertThat(nodeStore().find(node.id()).orElseThrow().status()).isEqualTo(NodeStatus.OFFLINE);
    }

    @Test
    void aNodeHeardAgainAfterBeingMarkedOfflineCanFallSilentAgain() {
        Node node = save(node(newId(), "worker", at(5)));
        save(node.heartbeat(at(5), 0, NodeStatus.OFFLINE, 0));
        Node back = save(node.heartbeat(at(40), 1, NodeStatus.UP, 0));

        assertThat(nodeStore().silentSince(at(40))).isEmpty();
        assertThat(nodeStore().silentSince(at(41))).containsExactly(back);
    }

    @Test
    void markingOfflineDoesNotOverwriteANewerHeartbeat() {
        Node seenSilent = save(node(newId(), "worker", at(5)));
        Node heardAgain = save(seenSilent.heartbeat(at(50), 1, NodeStatus.UP, 2));

        nodeStore().save(seenSilent.heartbeat(seenSilent.lastHeartbeatAt(), 0, NodeStatus.OFFLINE, 0));

        assertThat(nodeStore().find(seenSilent.id())).contains(heardAgain);
    }

    private Node save(Node node) {
        nodeStore().save(node);
        return node;
    }
}
