package io.tork.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Benchmark 2: dispatch throughput of one-task jobs, standalone and distributed, no-op and shell runtimes. */
final class DispatchBenchmark {
    private static final String SECTION = "2. Dispatch throughput";
    /** Fewer than the no-op runs: each starts a process, and the figure settles well before 10,000. */
    private static final int SHELL_JOBS = 2_000;
    private final Bench bench;

    DispatchBenchmark(Bench bench) {
        this.bench = bench;
    }

    List<Result> standalone() throws Exception {
        int jobs = bench.size(10_000, 1_000);
        int shellJobs = bench.size(SHELL_JOBS, 200);
        List<Double> noop = new ArrayList<>();
        List<Double> noopCpu = new ArrayList<>();
        List<Double> shell = new ArrayList<>();
        List<Double> broker = new ArrayList<>();
        List<Double> spawns = new ArrayList<>();
        warmUp(jobs);
        for (int round = 1; round <= bench.rounds(); round++) {
            Bench.settle();
            broker.add(Baselines.inMemoryBrokerChains(jobs));
            Bench.settle();
            NoopRuntime runtime = new NoopRuntime();
            try (EngineUnderTest engine = Deployments.standalone(Map.of(), runtime)) {
                Throughput.Measurement measured = Throughput.run(engine, jobs, Jobs.oneTask(Jobs.IMAGE));
                if (measured.failed() > 0) throw new IllegalStateException(measured.failed() + " no-op jobs failed");
                noop.add(measured.tasksPerSecond());
                noopCpu.add(measured.cpuMillisPerTask());
            }
            Bench.log("standalone round %d: no-op %.0f tasks/s, in-memory broker %.0f chains/s", round,
                    noop.getLast(), broker.getLast());
        }
        for (int round = 1; round <= bench.rounds(); round++) {
            Bench.settle();
            spawns.add(Baselines.shellProcesses(bench.size(2_000, 200)));
            try (EngineUnderTest engine = Deployments.standalone(Deployments.shellRuntime(), null)) {
                shell.add(shellRate(Throughput.run(engine, shellJobs, Jobs.oneTask(null))));
            }
            Bench.log("standalone round %d: shell %.0f tasks/s, bare sh -c true %.0f processes/s", round,
                    shell.getLast(), spawns.getLast());
        }
        double brokerRate = Stats.median(broker);
        double spawnRate = Stats.median(spawns);
        return List.of(
                Result.of(SECTION, "standalone, no-op runtime (" + jobs + " jobs)", Target.atLeast(2000, "tasks/s"),
                        noop, "tasks/s", "in-memory broker, " + Baselines.HOPS_PER_JOB + "-hop chains: " + Format.value(brokerRate, "chains/s"),
                        Format.value(100 * Stats.median(noop) / brokerRate, "%") + " of the bare broker; "
                                + cpu(noopCpu)),
                Result.of(SECTION, "standalone, shell runtime (" + shellJobs + " jobs)", null, shell, "tasks/s",
                        "bare `sh -c true`, 4 at once: " + Format.value(spawnRate, "processes/s"),
                        Format.value(100 * Stats.median(shell) / spawnRate, "%") + " of bare process starts"));
    }

    List<Result> distributed() throws Exception {
        int jobs = bench.size(10_000, 1_000);
        int shellJobs = bench.size(SHELL_JOBS, 200);
        List<Double> noop = new ArrayList<>();
        List<Double> noopCpu = new ArrayList<>();
        List<Double> shell = new ArrayList<>();
        List<Double> artemis = new ArrayList<>();
        List<Double> inserts = new ArrayList<>();
        List<Double> spawns = new ArrayList<>();
        Postgres postgres = bench.postgres();
        for (int round = 1; round <= bench.rounds(); round++) {
            Bench.settle();
            artemis.add(Baselines.artemisDurableMessages(bench.newFolder("artemis-baseline"), bench.size(10_000, 1_000)));
            inserts.add(Baselines.postgresInserts(postgres.newDatabase(), Postgres.USER, bench.size(10_000, 1_000)));
            Bench.settle();
            NoopRuntime runtime = new NoopRuntime();
            try (EngineUnderTest engine = Deployments.distributed(postgres.newDatabase(), Postgres.USER,
                    bench.newFolder("artemis"), Map.of(), runtime)) {
                warmUp(engine, jobs * 3 / 2);
                Throughput.Measurement measured = Throughput.run(engine, jobs, Jobs.oneTask(Jobs.IMAGE));
                if (measured.failed() > 0) throw new IllegalStateException(measured.failed() + " no-op jobs failed");
                noop.add(measured.tasksPerSecond());
                noopCpu.add(measured.cpuMillisPerTask());
            }
            Bench.log("distributed round %d: no-op %.0f tasks/s; Artemis %.0f durable msgs/s, PostgreSQL %.0f inserts/s",
                    round, noop.getLast(), artemis.getLast(), inserts.getLast());
        }
        for (int round = 1; round <= bench.rounds(); round++) {
            Bench.settle();
            spawns.add(Baselines.shellProcesses(bench.size(2_000, 200)));
            try (EngineUnderTest engine = Deployments.distributed(postgres.newDatabase(), Postgres.USER,
                    bench.newFolder("artemis"), Deployments.shellRuntime(), null)) {
                shell.add(shellRate(Throughput.run(engine, shellJobs, Jobs.oneTask(null))));
            }
            Bench.log("distributed round %d: shell %.0f tasks/s", round, shell.getLast());
        }
        double artemisRate = Stats.median(artemis);
        double insertRate = Stats.median(inserts);
        double spawnRate = Stats.median(spawns);
        return List.of(
                Result.of(SECTION, "distributed, no-op runtime (" + jobs + " jobs)", Target.atLeast(500, "tasks/s"),
                        noop, "tasks/s", "Artemis " + Format.value(artemisRate, "durable msgs/s") + "; PostgreSQL "
                                + Format.value(insertRate, "commits/s"),
                        Format.number(Stats.median(noop) * Baselines.HOPS_PER_JOB / artemisRate)
                                + "× the bare broker's rate, counting " + Baselines.HOPS_PER_JOB + " messages a task; "
                                + cpu(noopCpu) + " (PostgreSQL's not counted)"),
                Result.of(SECTION, "distributed, shell runtime (" + shellJobs + " jobs)", null, shell, "tasks/s",
                        "bare `sh -c true`, 4 at once: " + Format.value(spawnRate, "processes/s"),
                        Format.value(100 * Stats.median(shell) / spawnRate, "%") + " of bare process starts"));
    }

    /** A failed shell job (a script that could not start) is logged, not fatal: the rate counts it as ended. */
    private static double shellRate(Throughput.Measurement measured) {
        if (measured.failed() > 0) Bench.log("%d shell jobs failed (see the engine's log)", measured.failed());
        return measured.tasksPerSecond();
    }

    /** The CPU cost per task, and the rate it would allow if this JVM had both cores to itself. */
    private static String cpu(List<Double> cpuMillisPerTask) {
        double perTask = Stats.median(cpuMillisPerTask);
        return "CPU " + Format.value(perTask, "ms") + " a task in this JVM (≈ "
                + Format.value(2000 / perTask, "tasks/s") + " on 2 free cores)";
    }

    /**
     * An unmeasured pass on the engine about to be measured, as a coordinator that has been running a while has
     * had: its broker, driver and handlers run compiled code, and no class loaded by a fresh engine makes the JIT
     * compiler throw away code it compiled (it did, for the whole measured run, when the pass ran on an engine of
     * its own).
     */
    private static void warmUp(EngineUnderTest engine, int jobs) throws Exception {
        Bench.log("warming up the distributed engine (%d jobs, not measured)", jobs);
        Throughput.run(engine, jobs, Jobs.oneTask(Jobs.IMAGE));
    }

    /**
     * Unmeasured passes, so that the measured rounds run code the JIT compiler has finished with: on 2 cores its
     * optimizing compiler needs a few tens of thousands of tasks to settle.
     */
    private void warmUp(int jobs) throws Exception {
        Bench.log("warming up (%d jobs in 2 passes, not measured)", 2 * jobs);
        for (int pass = 0; pass < 2; pass++) {
            try (EngineUnderTest engine = Deployments.standalone(Map.of(), new NoopRuntime())) {
                Throughput.run(engine, jobs, Jobs.oneTask(Jobs.IMAGE));
            }
        }
        Baselines.inMemoryBrokerChains(jobs);
    }
}
