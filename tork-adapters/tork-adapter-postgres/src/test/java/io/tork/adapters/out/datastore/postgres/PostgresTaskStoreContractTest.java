package io.tork.adapters.out.datastore.postgres;

import io.tork.application.port.out.JobStore;
import io.tork.application.port.out.TaskStore;
import io.tork.contracts.store.AbstractTaskStoreContractTest;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresTaskStoreContractTest extends AbstractTaskStoreContractTest {
    @RegisterExtension
    static final EmbeddedPostgresDatabase database = new EmbeddedPostgresDatabase();

    @Override
    protected JobStore jobStore() {
        return database.datastore().jobStore();
    }

    @Override
    protected TaskStore taskStore() {
        return database.datastore().taskStore();
    }
}
