package io.tork.adapters.out.datastore.inmemory;

import io.tork.application.port.out.JobStore;
import io.tork.application.port.out.ScheduledJobStore;
import io.tork.application.port.out.TaskStore;
import io.tork.application.port.out.Transactions;
import io.tork.contracts.store.AbstractScheduledJobStoreContractTest;

class InMemoryScheduledJobStoreContractTest extends AbstractScheduledJobStoreContractTest {
    private final InMemoryDatastore datastore = new InMemoryDatastore();

    @Override
    protected ScheduledJobStore scheduledJobStore() {
        return datastore.scheduledJobs();
    }

    @Override
    protected JobStore jobStore() {
        return datastore.jobs();
    }

    @Override
    protected TaskStore taskStore() {
        return datastore.tasks();
    }

    @Override
    protected Transactions transactions() {
        return datastore.transactions();
    }
}
