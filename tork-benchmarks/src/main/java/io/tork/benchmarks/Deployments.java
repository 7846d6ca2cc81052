package io.tork.benchmarks;

import io.tork.app.cli.RunningEngine;
import io.tork.app.config.DatastoreType;
import io.tork.app.config.TorkConfig;
import io.tork.app.wiring.BrokerEngine;
import io.tork.app.wiring.CoordinatorEngine;
import io.tork.app.wiring.Engines;
import io.tork.app.wiring.StandaloneEngine;
import io.tork.app.wiring.WorkerEngine;
import io.tork.application.port.out.TaskRuntime;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Starts the engine as users deploy it, composed by tork-app's wiring, with the settings the benchmarks share. */
final class Deployments {
    /** How many tasks the worker runs at once; what an operator sets with worker.queues.default. */
    static final int WORKER_CONCURRENCY = 16;

    private Deployments() {
    }

    static Map<String, String> baseKeys() {
        Map<String, String> keys = new HashMap<>();
        keys.put("coordinator.address", "localhost:0");
        keys.put("logging.level", "warn");
        keys.put("worker.queues.default", Integer.toString(WORKER_CONCURRENCY));
        keys.put("runtime.shell.cmd", "sh,-c");
        return keys;
    }

    static Map<String, String> shellRuntime() {
        return Map.of("runtime.type", "shell");
    }

    /**
     * One process, in-memory broker and datastore. {@code runtime} replaces the configured runtime when given (the
     * no-op runtime).
     */
    static EngineUnderTest standalone(Map<String, String> extraKeys, TaskRuntime runtime) throws Exception {
        Map<String, String> keys = baseKeys();
        keys.putAll(extraKeys);
        StandaloneEngine engine = StandaloneEngine.start(TorkConfig.of(keys), runtime);
        return new EngineUnderTest(List.of(engine), engine.apiPort());
    }

    /**
     * A broker ({@code tork run broker}), one coordinator over PostgreSQL and one worker, each a separate engine
     * connected over TCP, in this JVM.
     */
    static EngineUnderTest distributed(String databaseUrl, String databaseUser, Path brokerData,
                                       Map<String, String> extraKeys, TaskRuntime runtime) throws Exception {
        int brokerPort = freePort();
        Map<String, String> broker = Map.of("broker.type", "artemis",
                "broker.artemis.url", "tcp://localhost:" + brokerPort,
                "broker.artemis.data-dir", brokerData.toString());
        Map<String, String> coordinatorKeys = baseKeys();
        coordinatorKeys.putAll(broker);
        coordinatorKeys.putAll(Map.of("datastore.type", "postgres", "datastore.postgres.url", databaseUrl,
                "datastore.postgres.username", databaseUser));
        coordinatorKeys.putAll(extraKeys);
        Map<String, String> workerKeys = baseKeys();
        workerKeys.putAll(broker);
        workerKeys.put("worker.name", "bench-worker");
        workerKeys.putAll(extraKeys);
        TorkConfig coordinatorConfig = TorkConfig.of(coordinatorKeys);
        if (coordinatorConfig.datastore().type() == DatastoreType.POSTGRES) Engines.migration().migrate(coordinatorConfig);

        List<RunningEngine> started = new ArrayList<>();
        try {
            started.add(BrokerEngine.start(coordinatorConfig));
            CoordinatorEngine coordinator = CoordinatorEngine.start(coordinatorConfig);
            started.add(coordinator);
            started.add(WorkerEngine.start(TorkConfig.of(workerKeys), runtime));
            return new EngineUnderTest(started, coordinator.apiPort());
        } catch (Exception | Error e) {
            new EngineUnderTest(started, 0).close();
            throw e;
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
