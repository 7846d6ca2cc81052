package io.tork.adapters.out.datastore.inmemory;

import io.tork.application.port.out.NodeStore;
import io.tork.contracts.store.AbstractNodeStoreContractTest;

class InMemoryNodeStoreContractTest extends AbstractNodeStoreContractTest {
    private final InMemoryDatastore datastore = new InMemoryDatastore();

    @Override
    protected NodeStore nodeStore() {
        return datastore.nodes();
    }
}
