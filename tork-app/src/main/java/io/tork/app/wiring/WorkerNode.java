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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

/** The worker's part of a process: takes tasks from the broker, runs them, and sends its heartbeats. */
final class WorkerNode {
    private WorkerNode() {
    }

    /**
     * The runtime the worker runs tasks on: each task's own choice among the process's runtimes, else the default,
     * which is created now so that a runtime that cannot start stops the process at once.
     */
    static TaskRuntime runtime(RuntimeCatalog runtimes) {
        createDefaultRuntime(runtimes);
        return new RuntimeSelection(runtimes);
    }

    /**
     * The same runtime, but its default runtime is created on a thread of its own while the caller starts the
     * rest of the process (Docker's client takes a few hundred milliseconds to set up). Until then tasks and health
     * checks that need it wait for it. {@link PendingRuntime#awaitCreated()} reports a runtime that cannot start.
     */
    static PendingRuntime runtimeInBackground(RuntimeCatalog runtimes) {
        FutureTask<Void> creation = new FutureTask<>(() -> createDefaultRuntime(runtimes), null);
        Thread.ofPlatform().name("runtime-start").daemon().start(creation);
        return new PendingRuntime(new RuntimeSelection(runtimes), creation);
    }

    /** A runtime whose default runtime is still being created. */
    record PendingRuntime(TaskRuntime runtime, Future<Void> creation) implements AutoCloseable {
        /** @throws CommandFailedException when the default runtime cannot start */
        void awaitCreated() throws InterruptedException {
            try {
                creation.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException failure) throw failure;
                throw new IllegalStateException(e.getCause());
            }
        }

        /** Lets the creation end, so that whoever closes the runtimes afterwards also closes the one it made. */
        @Override
        public void close() throws InterruptedException {
            try {
                creation.get();
            } catch (ExecutionException reportedElsewhere) {
                // awaitCreated reports it; when starting failed before that, the first failure is the one that counts
            }
        }
    }

    private static void createDefaultRuntime(RuntimeCatalog runtimes) {
        try {
            runtimes.defaultRuntime();
        } catch (RuntimeException e) {
            throw new CommandFailedException("the " + runtimes.defaultName() + " runtime cannot start: "
                    + StartupMessages.detail(e) + " — check runtime.type and its settings", e);
        }
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
