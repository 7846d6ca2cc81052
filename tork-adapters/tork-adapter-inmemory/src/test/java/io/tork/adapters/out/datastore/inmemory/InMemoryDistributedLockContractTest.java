package io.tork.adapters.out.datastore.inmemory;

import io.tork.application.port.out.DistributedLock;
import io.tork.contracts.lock.AbstractDistributedLockContractTest;

class InMemoryDistributedLockContractTest extends AbstractDistributedLockContractTest {
    private final InMemoryDistributedLock lock = new InMemoryDistributedLock();

    @Override
    protected DistributedLock lock() {
        return lock;
    }
}
