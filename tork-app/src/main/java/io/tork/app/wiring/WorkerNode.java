package io.tork.app.wiring;

import io.tork.app.cli.CommandFailedException;
import io.tork.app.cli.VersionProvider;
import io.tork.app.config.TorkConfig;
import io.tork.application.port.out.IdGenerator;
import io.tork.application.port.out.MessageQueue;
import io.tork.application.port.out.TaskRuntime;
import io.tork.application.worker.Worker;
import io.tork.application.worker.WorkerConfig;
import io.tork.domain.spec.Limits;
import java.time.Clock;

/** The worker's part of a process: takes tasks from the broker, runs them, and sends its heartbeats. */
final class WorkerNode {
    private WorkerNode() {
    }

    /**
     * The runtime the worker runs tasks on: each task's own choice among the process's runtimes, else the default,
     * which is created now so that a runtime that cannot start stops the process at once.
     */
    static TaskRuntime runtime(EngineExtensions extensions) {
        try {
            extensions.runtimes().defaultRuntime();
        } catch (RuntimeException e) {
            throw new CommandFailedException("the " + extensions.runtimes().defaultName() + " runtime cannot start: "
                    + StartupMessages.detail(e) + " — check runtime.type and its settings", e);
        }
        return new RuntimeSelection(extensions.runtimes());
    }

    static Worker start(TorkConfig config, MessageQueue queue, TaskRuntime runtime) {
        IdGenerator ids = new RandomIds();
        Worker worker = new Worker(workerConfig(config, ids), queue, runtime, ids, Clock.systemUTC());
        try {
            worker.start();
            return worker;
        } catch (RuntimeException e) {
            worker.close();
            throw e;
        }
    }

    private static WorkerConfig workerConfig(TorkConfig config, IdGenerator ids) {
        var w = config.worker();
        Limits limits = new Limits(w.limits().cpus().orElse(null), w.limits().memory().orElse(null));
        return new WorkerConfig(ids.newId(), w.name(), w.queues(), limits.isEmpty() ? null : limits,
                w.limits().timeout().orElse(null), w.heartbeatInterval(), VersionProvider.version());
    }
}
