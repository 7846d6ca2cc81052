package io.tork.adapters.out.datastore.postgres;

import io.tork.application.port.out.JobStore;
import io.tork.application.port.out.LogStore;
import io.tork.application.port.out.RetentionStore;
import io.tork.application.port.out.TaskStore;
import io.tork.contracts.store.AbstractRetentionStoreContractTest;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresRetentionStoreContractTest extends AbstractRetentionStoreContractTest {
    @RegisterExtension
    static final EmbeddedPostgresDatabase database = new EmbeddedPostgresDatabase();

    @Override
    protected RetentionStore retentionStore() {
        return database.datastore().retentionStore();
    }

    @Override
    protected JobStore jobStore() {
        return database.datastore().jobStore();
    }

    @Override
    protected TaskStore taskStore() {
        return database.datastore().taskStore();
    }

    @Override
    protected LogStore logStore() {
        return database.datastore().logStore();
    }
}
