package io.tork.app.wiring;

import io.tork.app.cli.CommandFailedException;
import io.tork.app.cli.RunningEngine;
import io.tork.app.cli.VersionProvider;
import io.tork.app.config.BrokerType;
import io.tork.app.config.TorkConfig;
import io.tork.application.port.out.TaskRuntime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What {@code tork run worker} starts: the broker connection, the runtime and the worker; no API, no datastore. */
public final class WorkerEngine implements RunningEngine {
    private static final Logger log = LoggerFactory.getLogger(WorkerEngine.class);
    private final Lifecycle lifecycle;

    private WorkerEngine(Lifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    public static WorkerEngine start(TorkConfig config) throws Exception {
        return start(config, null);
    }

    /**
     * For embedding and benchmarks: runs tasks with {@code runtime} instead of the one {@code runtime.type}
     * selects (null: that one). The caller keeps ownership of the runtime it passes. Not reachable from the
     * configuration, so operators cannot select such a runtime.
     */
    public static WorkerEngine start(TorkConfig config, TaskRuntime runtime) throws Exception {
        if (config.broker().type() == BrokerType.INMEMORY) {
            throw new CommandFailedException("a worker needs broker.type = artemis: with the in-memory broker no "
                    + "coordinator can send it tasks (set broker.artemis.url to the coordinator's broker)");
        }
        return Lifecycle.starting(lifecycle -> {
            EngineExtensions extensions = lifecycle.remember(EngineExtensions.load(config));
            BrokerBackend broker = lifecycle.remember(Backends.broker(config));
            // a runtime given by the caller (benchmarks, embedding) stays the caller's to close
            TaskRuntime tasks = runtime != null ? runtime : WorkerNode.runtime(extensions.runtimes());
            lifecycle.remember(WorkerNode.start(config, broker.queue(), tasks));
            log.info("Tork {} worker '{}': broker {}, runtime {}, queues {}", VersionProvider.version(),
                    config.worker().name(), config.broker().artemis().url(), tasks.name(), config.worker().queues());
            return new WorkerEngine(lifecycle);
        });
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
