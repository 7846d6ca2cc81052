package io.tork.app.wiring;

import io.tork.adapters.in.web.ApiServices;
import io.tork.adapters.in.web.WebConfig;
import io.tork.adapters.in.web.WebServer;
import io.tork.adapters.out.broker.inmemory.InMemoryEventBus;
import io.tork.adapters.out.broker.inmemory.InMemoryMessageQueue;
import io.tork.adapters.out.datastore.inmemory.InMemoryDatastore;
import io.tork.adapters.out.expression.FunctionCatalog;
import io.tork.adapters.out.expression.JexlExpressionEvaluator;
import io.tork.app.cli.RunningEngine;
import io.tork.app.cli.VersionProvider;
import io.tork.app.config.TorkConfig;
import io.tork.application.common.Heartbeats;
import io.tork.application.common.HostFacts;
import io.tork.application.common.Stores;
import io.tork.application.common.TaskRenderer;
import io.tork.application.coordinator.Coordinator;
import io.tork.application.coordinator.CoordinatorServices;
import io.tork.application.job.JobControl;
import io.tork.application.job.JobReading;
import io.tork.application.job.JobSubmission;
import io.tork.application.port.out.ExpressionEvaluator;
import io.tork.application.port.out.IdGenerator;
import io.tork.application.port.out.TaskRuntime;
import io.tork.application.system.SystemStatus;
import io.tork.application.worker.Worker;
import io.tork.application.worker.WorkerConfig;
import io.tork.domain.node.Node;
import io.tork.domain.node.NodeStatus;
import io.tork.domain.spec.Limits;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Coordinator and worker in one process over the in-memory broker and datastore: what {@code tork run
 * standalone} starts. Components stop in the reverse order they started, also when starting fails half-way.
 */
public final class StandaloneEngine implements RunningEngine {
    private static final Logger log = LoggerFactory.getLogger(StandaloneEngine.class);
    private static final int COORDINATOR_CONSUMERS = 2;
    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicBoolean stopping = new AtomicBoolean();
    private int apiPort;

    private StandaloneEngine() {
    }

    public static StandaloneEngine start(TorkConfig config) throws Exception {
        StandaloneEngine engine = new StandaloneEngine();
        try {
            engine.startComponents(config);
            return engine;
        } catch (Exception | Error e) {
            engine.stop();
            throw e;
        }
    }

    /** The port the REST API listens on (useful when configured as 0). */
    public int apiPort() {
        return apiPort;
    }

    private void startComponents(TorkConfig config) throws Exception {
        requireAvailableBackends(config);
        Clock clock = Clock.systemUTC();
        IdGenerator ids = new RandomIds();
        String version = VersionProvider.version();
        InMemoryDatastore datastore = new InMemoryDatastore();
        Stores stores = new Stores(datastore.jobs(), datastore.tasks(), datastore.logs(), datastore.nodes(),
                datastore.transactions());
        InMemoryMessageQueue queue = remember(new InMemoryMessageQueue());
        InMemoryEventBus events = remember(new InMemoryEventBus());
        ExpressionEvaluator expressions = new JexlExpressionEvaluator(FunctionCatalog.withBuiltIns(clock));
        TaskRuntime runtime = Runtimes.create(config);
        if (runtime instanceof AutoCloseable closeable) remember(closeable);

        Coordinator coordinator = remember(new Coordinator(new CoordinatorServices(stores, queue, events,
                new TaskRenderer(expressions), ids, clock)));
        coordinator.start(COORDINATOR_CONSUMERS);
        Worker worker = remember(new Worker(workerConfig(config, ids, version), queue, runtime, ids, clock));
        worker.start();

        Map<String, BooleanSupplier> health = new LinkedHashMap<>();
        health.put("broker", queue::isHealthy);
        health.put("datastore", () -> true);
        health.put("runtime", runtime::isHealthy);
        var address = config.coordinator().address();
        WebServer web = new WebServer(new WebConfig(address.host(), address.port(), config.web().bodyLimitBytes(), version),
                new ApiServices(
                        new JobSubmission(stores, queue, expressions, ids, clock, Runtimes.requiresImage(config)),
                        new JobControl(stores, queue),
                        new JobReading(stores, events),
                        new SystemStatus(stores, queue, health, clock, version, config.worker().heartbeatInterval())));
        apiPort = web.start();
        remember(web::stop);
        String coordinatorId = ids.newId();
        java.time.Instant coordinatorStarted = clock.instant();
        remember(new Heartbeats(queue, () -> new Node(coordinatorId, config.coordinator().name(), "coordinator",
                coordinatorStarted, clock.instant(), HostFacts.cpuPercent(), null, NodeStatus.UP,
                HostFacts.hostname(), apiPort, 0, version), config.worker().heartbeatInterval())).start();
        SecurityWarnings.onStart(address.host());
        log.info("Tork {} standalone: API on http://{}:{}, runtime {}", version, address.host(), apiPort, runtime.name());
    }

    /** Backends the configuration may name but this build cannot run yet: refuse them before starting anything. */
    private static void requireAvailableBackends(TorkConfig config) {
        if (config.broker().type() != io.tork.app.config.BrokerType.INMEMORY) {
            throw new IllegalArgumentException("broker.type '" + config.broker().type().configName()
                    + "' is not available in this build yet: use inmemory");
        }
        if (config.datastore().type() != io.tork.app.config.DatastoreType.INMEMORY) {
            throw new IllegalArgumentException("datastore.type '" + config.datastore().type().configName()
                    + "' is not available in this build yet: use inmemory");
        }
    }

    private WorkerConfig workerConfig(TorkConfig config, IdGenerator ids, String version) {
        var w = config.worker();
        Limits limits = new Limits(w.limits().cpus().orElse(null), w.limits().memory().orElse(null));
        return new WorkerConfig(ids.newId(), w.name(), w.queues(), limits.isEmpty() ? null : limits,
                w.limits().timeout().orElse(null), w.heartbeatInterval(), version);
    }

    private <T extends AutoCloseable> T remember(T component) {
        started.push(component);
        return component;
    }

    @Override
    public void awaitTermination() throws InterruptedException {
        stopped.await();
    }

    @Override
    public void stop() {
        if (!stopping.compareAndSet(false, true)) {
            return;
        }
        while (!started.isEmpty()) {
            AutoCloseable component = started.pop();
            try {
                component.close();
            } catch (Exception e) {
                log.warn("error while stopping {}: {}", component.getClass().getSimpleName(), e.getMessage());
            }
        }
        stopped.countDown();
    }
}
