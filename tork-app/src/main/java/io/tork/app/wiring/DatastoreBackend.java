package io.tork.app.wiring;

import io.tork.application.common.Stores;
import io.tork.application.port.out.DistributedLock;
import io.tork.application.port.out.UserStore;
import java.util.function.BooleanSupplier;

/**
 * The datastore a coordinator keeps its state in, and the lock coordinators sharing it use for periodic work;
 * closing it releases its connections.
 *
 * @param users the API's users (basic authentication)
 */
record DatastoreBackend(Stores stores, DistributedLock lock, BooleanSupplier health, AutoCloseable closer,
                        UserStore users)
        implements AutoCloseable {
    @Override
    public void close() throws Exception {
        closer.close();
    }
}
