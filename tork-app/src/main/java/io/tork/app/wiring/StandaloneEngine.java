package io.tork.app.wiring;

import io.tork.app.cli.RunningEngine;
import io.tork.app.cli.VersionProvider;
import io.tork.app.config.TorkConfig;
import io.tork.application.port.out.TaskRuntime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Coordinator and worker in one process over the configured broker and datastore (in-memory by default): what
 * {@code tork run standalone} starts. With an embedded Artemis broker, workers on other machines may join.
 */
public final class StandaloneEngine implements RunningEngine {
    private static final Logger log = LoggerFactory.getLogger(StandaloneEngine.class);
    private final Lifecycle lifecycle;
    private final int apiPort;

    private StandaloneEngine(Lifecycle lifecycle, int apiPort) {
        this.lifecycle = lifecycle;
        this.apiPort = apiPort;
    }

    public static StandaloneEngine start(TorkConfig config) throws Exception {
        return start(config, null);
    }

    /**
     * For embedding and benchmarks: runs tasks with {@code runtime} instead of the one {@code runtime.type}
     * selects (null: that one). The caller keeps ownership of the runtime it passes. Not reachable from the
     * configuration, so operators cannot select such a runtime.
     */
    public static StandaloneEngine start(TorkConfig config, TaskRuntime runtime) throws Exception {
        return Lifecycle.starting(lifecycle -> {
            EngineExtensions extensions = lifecycle.remember(EngineExtensions.load(config));
            // a runtime given by the caller (benchmarks, embedding) stays the caller's to close
            WorkerNode.PendingRuntime pending = runtime != null ? null
                    : lifecycle.remember(WorkerNode.runtimeInBackground(extensions.runtimes()));
            TaskRuntime tasks = runtime != null ? runtime : pending.runtime();
            BrokerBackend broker = lifecycle.remember(Backends.broker(config));
            DatastoreBackend datastore = lifecycle.remember(Backends.datastore(config));
            lifecycle.remember(WorkerNode.start(config, broker.queue(), tasks));
            CoordinatorNode coordinator = lifecycle.remember(CoordinatorNode.start(config, datastore, broker,
                    HealthIndicators.of(datastore, broker, tasks), extensions));
            if (pending != null) pending.awaitCreated();
            log.info("Tork {} standalone: API on http://{}:{}, runtime {}, broker {}, datastore {}",
                    VersionProvider.version(), config.coordinator().address().host(), coordinator.apiPort(),
                    tasks.name(), config.broker().type().configName(), config.datastore().type().configName());
            return new StandaloneEngine(lifecycle, coordinator.apiPort());
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
