package io.tork.adapters.out.datastore.inmemory;

import io.tork.application.port.out.JobStore;
import io.tork.contracts.store.AbstractJobStoreContractTest;

class InMemoryJobStoreContractTest extends AbstractJobStoreContractTest {
    private final InMemoryDatastore datastore = new InMemoryDatastore();

    @Override
    protected JobStore jobStore() {
        return datastore.jobs();
    }
}
