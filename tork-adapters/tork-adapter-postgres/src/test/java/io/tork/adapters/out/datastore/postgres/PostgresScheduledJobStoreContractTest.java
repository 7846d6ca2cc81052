package io.tork.adapters.out.datastore.postgres;

import io.tork.application.port.out.JobStore;
import io.tork.application.port.out.ScheduledJobStore;
import io.tork.application.port.out.TaskStore;
import io.tork.application.port.out.Transactions;
import io.tork.contracts.store.AbstractScheduledJobStoreContractTest;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresScheduledJobStoreContractTest extends AbstractScheduledJobStoreContractTest {
    @RegisterExtension
    static final EmbeddedPostgresDatabase database = new EmbeddedPostgresDatabase();

    @Override
    protected ScheduledJobStore scheduledJobStore() {
        return database.datastore().scheduledJobStore();
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
    protected Transactions transactions() {
        return database.datastore().transactions();
    }
}
