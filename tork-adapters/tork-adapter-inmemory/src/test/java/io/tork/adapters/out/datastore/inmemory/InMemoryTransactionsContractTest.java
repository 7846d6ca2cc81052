package io.tork.adapters.out.datastore.inmemory;

import io.tork.application.port.out.JobStore;
import io.tork.application.port.out.Transactions;
import io.tork.contracts.store.AbstractTransactionsContractTest;

class InMemoryTransactionsContractTest extends AbstractTransactionsContractTest {
    private final InMemoryDatastore datastore = new InMemoryDatastore();

    @Override
    protected Transactions transactions() {
        return datastore.transactions();
    }

    @Override
    protected JobStore jobStore() {
        return datastore.jobs();
    }
}
