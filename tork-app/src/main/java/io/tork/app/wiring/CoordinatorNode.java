package io.tork.app.wiring;

import io.tork.adapters.in.web.ApiServices;
import io.tork.adapters.in.web.WebConfig;
import io.tork.adapters.in.web.WebServer;
import io.tork.adapters.out.expression.FunctionCatalog;
import io.tork.adapters.out.expression.JexlExpressionEvaluator;
import io.tork.app.cli.CommandFailedException;
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
import io.tork.application.port.out.MessageQueue;
import io.tork.application.system.SystemStatus;
import io.tork.domain.node.Node;
import io.tork.domain.node.NodeStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * The coordinator's part of a process: the handlers of the coordinator queues, the REST API and the heartbeats
 * that show it in {@code GET /nodes}. It serves only once its handlers run; it stops in the reverse order.
 */
final class CoordinatorNode implements AutoCloseable {
    /**
     * Consumers per coordinator queue. Over Artemis and PostgreSQL a handler mostly waits for disk syncs (the
     * broker's journal, the database's commit); several at once share those syncs, so throughput grows with them.
     */
    private static final int CONSUMERS = 8;
    private final Lifecycle parts;
    private final int apiPort;

    private CoordinatorNode(Lifecycle parts, int apiPort) {
        this.parts = parts;
        this.apiPort = apiPort;
    }

    /**
     * @param health the process's named health indicators (datastore, broker, and runtime when it has one)
     */
    static CoordinatorNode start(TorkConfig config, DatastoreBackend datastore, BrokerBackend broker,
                                 Map<String, BooleanSupplier> health) throws Exception {
        Stores stores = datastore.stores();
        return Lifecycle.starting(parts -> {
            Clock clock = Clock.systemUTC();
            IdGenerator ids = new RandomIds();
            String version = VersionProvider.version();
            MessageQueue queue = broker.queue();
            ExpressionEvaluator expressions = new JexlExpressionEvaluator(FunctionCatalog.withBuiltIns(clock));
            Coordinator coordinator = parts.remember(new Coordinator(new CoordinatorServices(stores, queue,
                    broker.events(), new TaskRenderer(expressions), ids, clock)));
            coordinator.start(CONSUMERS);
            // tasks of workers that stopped sending heartbeats get a new attempt elsewhere
            coordinator.startRecovery(datastore.lock(), config.worker().heartbeatInterval());

            var address = config.coordinator().address();
            WebServer web = new WebServer(
                    new WebConfig(address.host(), address.port(), config.web().bodyLimitBytes(), version),
                    new ApiServices(
                            new JobSubmission(stores, queue, expressions, ids, clock, Runtimes.requiresImage(config)),
                            new JobControl(stores, queue),
                            new JobReading(stores, broker.events()),
                            new SystemStatus(stores, queue, health, clock, version,
                                    config.worker().heartbeatInterval())));
            parts.remember(web::stop);
            int port = listen(web, address.host() + ":" + address.port());

            String nodeId = ids.newId();
            Instant startedAt = clock.instant();
            parts.remember(new Heartbeats(queue, () -> new Node(nodeId, config.coordinator().name(), "coordinator",
                    startedAt, clock.instant(), HostFacts.cpuPercent(), null, NodeStatus.UP, HostFacts.hostname(),
                    port, 0, version), config.worker().heartbeatInterval())).start();
            SecurityWarnings.onStart(address.host());
            return new CoordinatorNode(parts, port);
        });
    }

    private static int listen(WebServer web, String address) {
        try {
            return web.start();
        } catch (RuntimeException e) {
            throw new CommandFailedException("cannot serve the REST API on " + address + ": "
                    + StartupMessages.detail(e) + " — change coordinator.address or stop what uses that port", e);
        }
    }

    int apiPort() {
        return apiPort;
    }

    @Override
    public void close() {
        parts.stop();
    }
}
