package io.tork.adapters.out.datastore.postgres;

import io.tork.application.port.out.UserStore;
import io.tork.contracts.store.AbstractUserStoreContractTest;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresUserStoreContractTest extends AbstractUserStoreContractTest {
    @RegisterExtension
    static final EmbeddedPostgresDatabase database = new EmbeddedPostgresDatabase();

    @Override
    protected UserStore userStore() {
        return database.datastore().userStore();
    }
}
