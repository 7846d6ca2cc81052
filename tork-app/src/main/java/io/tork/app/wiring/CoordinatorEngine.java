package io.tork.app.wiring;

import io.tork.app.cli.CommandFailedException;
import io.tork.app.cli.RunningEngine;
import io.tork.app.cli.VersionProvider;
import io.tork.app.config.BrokerType;
import io.tork.app.config.DatastoreType;
import io.tork.app.config.TorkConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What {@code tork run coordinator} starts: the REST API and the job lifecycle, without a worker. */
public final class CoordinatorEngine implements RunningEngine {
    private static final Logger log = LoggerFactory.getLogger(CoordinatorEngine.class);
    private final Lifecycle lifecycle;
    private final int apiPort;

    private CoordinatorEngine(Lifecycle lifecycle, int apiPort) {
        this.lifecycle = lifecycle;
        this.apiPort = apiPort;
    }

    public static CoordinatorEngine start(TorkConfig config) throws Exception {
        if (config.broker().type() == BrokerType.INMEMORY) {
            throw new CommandFailedException("a coordinator needs broker.type = artemis: with the in-memory broker no "
                    + "worker can reach it (use ./tork run standalone for one process)");
        }
        if (config.datastore().type() == DatastoreType.INMEMORY) {
            log.warn("this coordinator keeps its state in memory (datastore.type = inmemory): every job is lost when "
                    + "it restarts, and other coordinators cannot see them; use datastore.type = postgres to keep them");
        }
        return Lifecycle.starting(lifecycle -> {
            EngineExtensions extensions = lifecycle.remember(EngineExtensions.load(config));
            BrokerBackend broker = lifecycle.remember(Backends.broker(config));
            DatastoreBackend datastore = lifecycle.remember(Backends.datastore(config));
            CoordinatorNode coordinator = lifecycle.remember(CoordinatorNode.start(config, datastore, broker,
                    HealthIndicators.of(datastore, broker), extensions));
            log.info("Tork {} coordinator: API on http://{}:{}, broker {}, datastore {}", VersionProvider.version(),
                    config.coordinator().address().host(), coordinator.apiPort(), config.broker().artemis().url(),
                    config.datastore().type().configName());
            return new CoordinatorEngine(lifecycle, coordinator.apiPort());
        });
    }

    /** The port the REST API listens on (useful when configured as 0). */
    public int apiPort() {
        return apiPort;
    }

    @Override
    public void awaitTermination() throws InterruptedException {
        lifecycle.awaitTermination();
    }

    @Override
    public void stop() {
        lifecycle.stop();
    }
}
