package io.tork.adapters.out.datastore.postgres;

import io.tork.application.port.out.JobStore;
import io.tork.application.port.out.Transactions;
import io.tork.contracts.store.AbstractTransactionsContractTest;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresTransactionsContractTest extends AbstractTransactionsContractTest {
    @RegisterExtension
    static final EmbeddedPostgresDatabase database = new EmbeddedPostgresDatabase();

    @Override
    protected Transactions transactions() {
        return database.datastore().transactions();
    }

    @Override
    protected JobStore jobStore() {
        return database.datastore().jobStore();
    }
}
