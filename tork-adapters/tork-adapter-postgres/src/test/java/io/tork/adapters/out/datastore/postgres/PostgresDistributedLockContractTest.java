package io.tork.adapters.out.datastore.postgres;

import io.tork.application.port.out.DistributedLock;
import io.tork.contracts.lock.AbstractDistributedLockContractTest;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresDistributedLockContractTest extends AbstractDistributedLockContractTest {
    @RegisterExtension
    static final EmbeddedPostgresDatabase database = new EmbeddedPostgresDatabase();

    private final PostgresDistributedLock lock = new PostgresDistributedLock(database.dataSource());
    private final PostgresDistributedLock otherCoordinators = new PostgresDistributedLock(database.dataSource());

    @Override
    protected DistributedLock lock() {
        return lock;
    }

    @Override
    protected DistributedLock otherCoordinatorsLock() {
        return otherCoordinators;
    }
}
