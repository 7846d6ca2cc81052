package io.tork.adapters.out.datastore.postgres;

import io.tork.application.port.out.OutboxStore;
import io.tork.application.port.out.Transactions;
import io.tork.contracts.store.AbstractOutboxStoreContractTest;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresOutboxStoreContractTest extends AbstractOutboxStoreContractTest {
    @RegisterExtension
    static final EmbeddedPostgresDatabase database = new EmbeddedPostgresDatabase();

    @Override
    protected OutboxStore outboxStore() {
        return database.datastore().outboxStore();
    }

    @Override
    protected Transactions transactions() {
        return database.datastore().transactions();
    }
}
