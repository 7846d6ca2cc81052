package io.tork.adapters.out.datastore.postgres;

import io.tork.application.port.out.JobStore;
import io.tork.contracts.store.AbstractJobStoreContractTest;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresJobStoreContractTest extends AbstractJobStoreContractTest {
    @RegisterExtension
    static final EmbeddedPostgresDatabase database = new EmbeddedPostgresDatabase();

    @Override
    protected JobStore jobStore() {
        return database.datastore().jobStore();
    }
}
