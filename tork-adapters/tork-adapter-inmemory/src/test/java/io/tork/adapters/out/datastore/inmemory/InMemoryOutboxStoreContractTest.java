package io.tork.adapters.out.datastore.inmemory;

import io.tork.application.port.out.OutboxStore;
import io.tork.application.port.out.Transactions;
import io.tork.contracts.store.AbstractOutboxStoreContractTest;

class InMemoryOutboxStoreContractTest extends AbstractOutboxStoreContractTest {
    private final InMemoryDatastore datastore = new InMemoryDatastore();

    @Override
    protected OutboxStore outboxStore() {
        return datastore.outbox();
    }

    @Override
    protected Transactions transactions() {
        return datastore.transactions();
    }
}
