package io.tork.adapters.out.datastore.postgres;

import io.tork.application.port.out.NodeStore;
import io.tork.contracts.store.AbstractNodeStoreContractTest;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresNodeStoreContractTest extends AbstractNodeStoreContractTest {
    @RegisterExtension
    static final EmbeddedPostgresDatabase database = new EmbeddedPostgresDatabase();

    @Override
    protected NodeStore nodeStore() {
        return database.datastore().nodeStore();
    }
}
