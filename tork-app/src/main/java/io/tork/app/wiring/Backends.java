package io.tork.app.wiring;

import io.tork.adapters.out.broker.inmemory.InMemoryEventBus;
import io.tork.adapters.out.broker.inmemory.InMemoryMessageQueue;
import io.tork.adapters.out.datastore.inmemory.InMemoryDatastore;
import io.tork.adapters.out.datastore.inmemory.InMemoryDistributedLock;
import io.tork.app.config.TorkConfig;
import io.tork.application.common.Stores;

/** Opens the broker and the datastore {@code broker.type} and {@code datastore.type} select. */
final class Backends {
    private Backends() {
    }

    static BrokerBackend broker(TorkConfig config) {
        return switch (config.broker().type()) {
            case INMEMORY -> inMemoryBroker();
            case ARTEMIS -> ArtemisStartup.connect(config.broker().artemis());
        };
    }

    static DatastoreBackend datastore(TorkConfig config) {
        return switch (config.datastore().type()) {
            case INMEMORY -> inMemoryDatastore();
            case POSTGRES -> PostgresStartup.open(config.datastore().postgres(), config.datastore().encryptionKey());
        };
    }

    private static BrokerBackend inMemoryBroker() {
        InMemoryMessageQueue queue = new InMemoryMessageQueue();
        InMemoryEventBus events = new InMemoryEventBus();
        return new BrokerBackend(queue, events, queue::isHealthy, () -> {
            try (queue; events) {
                // the queue closes after the event bus, as it was opened first
            }
        });
    }

    private static DatastoreBackend inMemoryDatastore() {
        InMemoryDatastore datastore = new InMemoryDatastore();
        Stores stores = new Stores(datastore.jobs(), datastore.tasks(), datastore.logs(), datastore.nodes(), datastore.outbox(),
                datastore.transactions());
        return new DatastoreBackend(stores, datastore.scheduledJobs(), datastore.retention(),
                new InMemoryDistributedLock(), () -> true, () -> { }, datastore.users());
    }
}
