package io.tork.app.wiring;

import io.tork.adapters.in.web.ApiServices;
import io.tork.adapters.in.web.WebConfig;
import io.tork.adapters.in.web.WebServer;
import io.tork.adapters.out.cron.CronUtilsSchedules;
import io.tork.adapters.out.webhook.HttpWebhookSender;
import io.tork.adapters.out.expression.JexlExpressionEvaluator;
import io.tork.adapters.out.metrics.EngineMetrics;
import io.tork.app.cli.CommandFailedException;
import io.tork.app.cli.VersionProvider;
import io.tork.app.config.TorkConfig;
import io.tork.application.common.Heartbeats;
import io.tork.application.common.HostFacts;
import io.tork.application.common.Stores;
import io.tork.application.common.TaskRenderer;
import io.tork.application.coordinator.Coordinator;
import io.tork.application.coordinator.CoordinatorServices;
import io.tork.application.events.ObservedStores;
import io.tork.application.job.JobControl;
import io.tork.application.job.JobReading;
import io.tork.application.job.JobSubmission;
import io.tork.application.port.out.CronSchedules;
import io.tork.application.port.out.ExpressionEvaluator;
import io.tork.application.port.out.IdGenerator;
import io.tork.application.port.out.MessageQueue;
import io.tork.application.retention.Cleanup;
import io.tork.application.retention.CleanupLoop;
import io.tork.application.retention.RetentionPolicy;
import io.tork.application.schedule.ScheduledJobService;
import io.tork.application.schedule.ScheduledJobTrigger;
import io.tork.application.system.SystemStatus;
import io.tork.application.webhook.WebhookDispatcher;
import io.tork.application.user.UserAccounts;
import io.tork.domain.node.Node;
import io.tork.domain.node.NodeStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * The coordinator's part of a process: the handlers of the coordinator queues, the REST API, the heartbeats that
 * show it in {@code GET /nodes}, the trigger of scheduled jobs, webhook calls and the cleanup of expired data. It
 * serves only once its handlers run; it stops in the reverse order.
 */
final class CoordinatorNode implements AutoCloseable {
    /**
     * Consumers per coordinator queue. Over Artemis and PostgreSQL a handler mostly waits for disk syncs (the
     * broker's journal, the database's commit); several at once share those syncs, so throughput grows with them.
     */
    private static final int CONSUMERS = 8;
    /** How often due scheduled jobs are looked for: a tick fires at most this late. */
    private static final Duration SCHEDULE_POLL = Duration.ofSeconds(1);
    private final Lifecycle parts;
    private final int apiPort;

    private CoordinatorNode(Lifecycle parts, int apiPort) {
        this.parts = parts;
        this.apiPort = apiPort;
    }

    /**
     * @param health     the process's named health indicators (datastore, broker, and runtime when it has one)
     * @param extensions the functions expressions may call and the runtimes tasks may pick
     */
    static CoordinatorNode start(TorkConfig config, DatastoreBackend datastore, BrokerBackend broker,
                                 Map<String, BooleanSupplier> health, EngineExtensions extensions) throws Exception {
        return start(config, datastore, broker, health, extensions, Clock.systemUTC());
    }

    /** @param scheduleClock the clock scheduled jobs fire by (tests move it to a tick instead of waiting for it) */
    static CoordinatorNode start(TorkConfig config, DatastoreBackend datastore, BrokerBackend broker,
                                 Map<String, BooleanSupplier> health, EngineExtensions extensions, Clock scheduleClock)
            throws Exception {
        return Lifecycle.starting(parts -> {
            EngineMetrics metrics = parts.remember(new EngineMetrics());
            Clock clock = Clock.systemUTC();
            IdGenerator ids = new RandomIds();
            String version = VersionProvider.version();
            MessageQueue queue = broker.queue();
            ExpressionEvaluator expressions = new JexlExpressionEvaluator(extensions.functions());
            // every job and task change made through these stores is counted, and checked against its job's webhooks
            HttpWebhookSender webhooks = parts.remember(new HttpWebhookSender());
            Stores stores = ObservedStores.observe(metrics.observe(datastore.stores()),
                    new WebhookDispatcher(datastore.stores().jobs(), expressions, webhooks));
            Coordinator coordinator = parts.remember(new Coordinator(new CoordinatorServices(stores, queue,
                    broker.events(), new TaskRenderer(expressions), ids, clock)));
            coordinator.start(CONSUMERS);
            // tasks of workers that stopped sending heartbeats get a new attempt elsewhere
            coordinator.startRecovery(datastore.lock(), config.worker().heartbeatInterval());

            CronSchedules cron = new CronUtilsSchedules();
            ZoneId zone = ZoneId.systemDefault();
            parts.remember(new ScheduledJobTrigger(datastore.scheduledJobs(), stores.jobs(), stores.transactions(),
                    queue, cron, ids, scheduleClock, zone)).start(SCHEDULE_POLL);
            var retention = config.datastore().retention();
            parts.remember(new CleanupLoop(new Cleanup(datastore.retention(), datastore.lock(),
                    new RetentionPolicy(retention.logs(), retention.jobs()), clock))).start();

            var address = config.coordinator().address();
            SystemStatus system = new SystemStatus(stores, queue, health, clock, version,
                    config.worker().heartbeatInterval());
            metrics.readInstallationFrom(datastore.stores(), system);
            UserAccounts users = ApiAccess.users(config.web().auth(), datastore.users(), ids, clock);
            WebServer web = new WebServer(
                    new WebConfig(address.host(), address.port(), config.web().bodyLimitBytes(), version),
                    new ApiServices(
                            new JobSubmission(stores, coordinator.jobStart(), expressions, ids, clock,
                                    extensions.runtimes().known()),
                            new JobControl(stores, queue),
                            new JobReading(stores, broker.events()),
                            system,
                            new ScheduledJobService(datastore.scheduledJobs(), cron, expressions, ids, scheduleClock,
                                    zone, extensions.runtimes().known())),
                    ApiAccess.options(config.web(), users, metrics));
            parts.remember(web::stop);
            int port = listen(web, address.host() + ":" + address.port());

            String nodeId = ids.newId();
            Instant startedAt = clock.instant();
            parts.remember(new Heartbeats(queue, () -> new Node(nodeId, config.coordinator().name(), "coordinator",
                    startedAt, clock.instant(), HostFacts.cpuPercent(), null, NodeStatus.UP, HostFacts.hostname(),
                    port, 0, version), config.worker().heartbeatInterval())).start();
            SecurityWarnings.onStart(address.host(), config.web(), users);
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
