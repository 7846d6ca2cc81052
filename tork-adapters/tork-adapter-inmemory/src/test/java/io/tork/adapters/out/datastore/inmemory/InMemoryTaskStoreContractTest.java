package io.tork.adapters.out.datastore.inmemory;

import io.tork.application.port.out.JobStore;
import io.tork.application.port.out.TaskStore;
import io.tork.contracts.store.AbstractTaskStoreContractTest;

class InMemoryTaskStoreContractTest extends AbstractTaskStoreContractTest {
    private final InMemoryDatastore datastore = new InMemoryDatastore();

    @Override
    protected JobStore jobStore() {
        return datastore.jobs();
    }

    @Override
    protected TaskStore taskStore() {
        return datastore.tasks();
    }
}
