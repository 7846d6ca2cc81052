package io.tork.benchmarks;

/** What each benchmark measures and what its baseline is, for the report page. */
final class Explanations {
    static final String TEXT = """
            ## What is measured

            The engine is composed by tork-app's wiring, exactly as `tork run …` composes it, and driven through its
            REST API by concurrent HTTP clients, as users drive it. The no-op runtime is a `TaskRuntime` that returns at
            once; it lives only in the benchmark module and reaches the engine through the wiring's embedding seam
            (`StandaloneEngine.start(config, runtime)`, `WorkerEngine.start(config, runtime)`); no configuration can
            select it. The harness runs in one JVM with a fixed heap touched at start (`-Xms3g -Xmx3g
            -XX:+AlwaysPreTouch`), so that no run pays for memory an earlier run's garbage collection gave back.

            1. **Docker overhead.** A job of 20 sequential tasks, each a `busybox` container running `true`, on a
               standalone engine with the Docker runtime, timed from submission to the job's own completion instant
               (`completedAt`; engine and harness share one clock, and the harness polls only every 200 ms so that its
               polling takes no CPU from the Docker daemon). **Baseline:** the same 20 containers created, started, awaited and removed one after the
               other with docker-java, in the same round. The figure is engine time ÷ direct time per round.
            2. **Dispatch throughput.** 10,000 one-task jobs submitted by 8 concurrent API clients while the engine
               runs them, timed from the first submission until the API counts 10,000 COMPLETED jobs (the harness first
               waits on one of the last jobs submitted, then counts every 25 ms, since each count searches every job);
               the worker runs 16 tasks at once (`worker.queues.default = 16`). Each client is a minimal HTTP/1.1
               client on a keep-alive connection of its own (`KeepAliveConnection`): the clients share the engine's
               JVM and cores, and `java.net.http` spent about a sixth of them. Unmeasured passes let the JIT compiler
               finish, as it has in a coordinator that has been up for a while: 20,000 jobs standalone before the
               rounds; distributed, passes of 5,000 jobs on each round's own deployment, at least 3 and then until a
               pass spent less than a tenth of the JVM's CPU time compiling (at most 10 passes; the report gives how
               many jobs it took). On two busy cores the optimizing compiler competes with the code it compiles: after
               15,000 jobs it still took about a third of the JVM's CPU, and a pass on a separate deployment left it
               recompiling throughout the measured run. Standalone:
               in-memory broker and datastore. Distributed: a
               broker (`tork run broker`: embedded Artemis with its persistent journal), one coordinator over PostgreSQL
               and one worker, each a separate engine talking over TCP (in one JVM). PostgreSQL runs with its default
               durability (`synchronous_commit = on`); each round has a fresh database, dropped after it. **Baselines:** standalone, 10,000 chains of 2 hops through the
               bare in-memory broker (a one-task job of a no-op task crosses 2 queues: the task queue and completed;
               it is started in the transaction that submits it, and a task that ends within 50 ms is reported once);
               distributed, durable messages through the same kind of Artemis broker, sent and taken as the engine
               does (4 producers whose sends the broker confirms once journaled, 2 transacted consumers committing
               each message without waiting for the journal, the broker pushing messages ahead to them) and single-row INSERT
               transactions into the same PostgreSQL from 4 connections; shell, `sh -c true` processes started 4 at a
               time. The shell runs use 2,000 jobs (each starts a process; the rate settles long before 10,000).
               The no-op rows also give the CPU time the benchmark's JVM (engine and API clients) spent per task,
               which other programs on the machine hardly change, and the rate that cost allows on two free cores.
            3. **Scheduling latency.** On an idle standalone engine, one job at a time: from sending `POST /jobs` until
               the no-op runtime is asked to run the task; p50 and p99 of 500 jobs. **Baseline:** the round trip of
               `GET /health` on the same engine.
            4. **Scale of one job.** One `each` over 10,000 and over 100,000 items, 200 at a time, no-op runtime,
               standalone, after one unmeasured run at each size. The growth is time at 100,000 ÷ time at 10,000 in the
               same round (linear growth is 10×). The heap peak is the largest heap the process kept after a garbage
               collection while the job ran (the engine's in-memory datastore keeps every task, so this is what holding
               the job costs); the baseline is the idle engine's heap.
            5. **Start-up and footprint.** `./tork run standalone` (the launcher script, which on JDK 25+ starts the
               JVM from the AOT cache it makes once per build) started as a process, timed until `GET /health` answers
               200; then its resident memory (VmRSS) after 5 s idle. A first, unmeasured start lets the launcher make
               its cache. **Baseline:** the smallest Java service answering `/health` (the JDK's HTTP server), started
               with the launcher's JVM options.
            """;

    private Explanations() {
    }
}
