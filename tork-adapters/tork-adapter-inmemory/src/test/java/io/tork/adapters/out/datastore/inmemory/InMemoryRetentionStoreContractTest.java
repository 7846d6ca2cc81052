package io.tork.adapters.out.datastore.inmemory;

import io.tork.application.port.out.JobStore;
import io.tork.application.port.out.LogStore;
import io.tork.application.port.out.RetentionStore;
import io.tork.application.port.out.TaskStore;
import io.tork.contracts.store.AbstractRetentionStoreContractTest;

class InMemoryRetentionStoreContractTest extends AbstractRetentionStoreContractTest {
    private final InMemoryDatastore datastore = new InMemoryDatastore();

    @Override
    protected RetentionStore retentionStore() {
        return datastore.retention();
    }

    @Override
    protected JobStore jobStore() {
        return datastore.jobs();
    }

    @Override
    protected TaskStore taskStore() {
        return datastore.tasks();
    }

    @Override
    protected LogStore logStore() {
        return datastore.logs();
    }
}
