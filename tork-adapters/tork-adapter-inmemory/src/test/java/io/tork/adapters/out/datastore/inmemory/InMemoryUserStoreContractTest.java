package io.tork.adapters.out.datastore.inmemory;

import io.tork.application.port.out.UserStore;
import io.tork.contracts.store.AbstractUserStoreContractTest;

class InMemoryUserStoreContractTest extends AbstractUserStoreContractTest {
    private final InMemoryDatastore datastore = new InMemoryDatastore();

    @Override
    protected UserStore userStore() {
        return datastore.users();
    }
}
