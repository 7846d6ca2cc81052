package io.tork.app.wiring;

import io.tork.application.common.Stores;
import io.tork.application.port.out.DistributedLock;
import io.tork.application.port.out.RetentionStore;
import io.tork.application.port.out.ScheduledJobStore;
import io.tork.application.port.out.UserStore;
import java.util.function.BooleanSupplier;

/**
 * The datastore a coordinator keeps its state in (with its scheduled jobs, the deletion of expired data and the
 * API's users), and the lock coordinators sharing it use for periodic work; closing it releases its connections.
 */
record DatastoreBackend(Stores stores, ScheduledJobStore scheduledJobs, RetentionStore retention, DistributedLock lock,
                        BooleanSupplier health, AutoCloseable closer, UserStore users) implements AutoCloseable {
    @Override
    public void close() throws Exception {
        closer.close();
    }
}
