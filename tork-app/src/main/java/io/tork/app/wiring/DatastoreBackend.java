package io.tork.app.wiring;

import io.tork.application.common.Stores;
import io.tork.application.port.out.DistributedLock;
import java.util.function.BooleanSupplier;

/**
 * The datastore a coordinator keeps its state in, and the lock coordinators sharing it use for periodic work;
 * closing it releases its connections.
 */
record DatastoreBackend(Stores stores, DistributedLock lock, BooleanSupplier health, AutoCloseable closer)
        implements AutoCloseable {
    @Override
    public void close() throws Exception {
        closer.close();
    }
}
