package io.tork.benchmarks;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Benchmark 2: dispatch throughput of one-task jobs, standalone and distributed, no-op and shell runtimes. */
final class DispatchBenchmark {
    private static final String SECTION = "2. Dispatch throughput";
    /** Fewer than the no-op runs: each starts a process, and the figure settles well before 10,000. */
    private static final int SHELL_JOBS = 2_000;
    /** Jobs in each unmeasured pass before a distributed round. */
    private static final int WARM_UP_PASS = 5_000;
    private static final int MIN_WARM_UP_PASSES = 3;
    private static final int MAX_WARM_UP_PASSES = 10;
    /** The share of the JVM's CPU a warm-up pass may spend in the JIT compiler for the next pass to be measured. */
    private static final double QUIET_COMPILER_SHARE = 0.10;
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
        List<Double> warmups = new ArrayList<>();
        Postgres postgres = bench.postgres();
        for (int round = 1; round <= bench.rounds(); round++) {
            Bench.settle();
            artemis.add(Baselines.artemisDurableMessages(bench.newFolder("artemis-baseline"), bench.size(10_000, 1_000)));
            String insertsDatabase = postgres.newDatabase();
            inserts.add(Baselines.postgresInserts(insertsDatabase, Postgres.USER, bench.size(10_000, 1_000)));
            postgres.drop(insertsDatabase);
            Bench.settle();
            NoopRuntime runtime = new NoopRuntime();
            String database = postgres.newDatabase();
            try (EngineUnderTest engine = Deployments.distributed(database, Postgres.USER,
                    bench.newFolder("artemis"), Map.of(), runtime)) {
                warmups.add(warmUp(engine, bench.size(WARM_UP_PASS, 500)));
                Throughput.Measurement measured = Throughput.run(engine, jobs, Jobs.oneTask(Jobs.IMAGE));
                if (measured.failed() > 0) throw new IllegalStateException(measured.failed() + " no-op jobs failed");
                noop.add(measured.tasksPerSecond());
                noopCpu.add(measured.cpuMillisPerTask());
            }
            postgres.drop(database);
            Bench.log("distributed round %d: no-op %.0f tasks/s; Artemis %.0f durable msgs/s, PostgreSQL %.0f inserts/s",
                    round, noop.getLast(), artemis.getLast(), inserts.getLast());
        }
        for (int round = 1; round <= bench.rounds(); round++) {
            Bench.settle();
            spawns.add(Baselines.shellProcesses(bench.size(2_000, 200)));
            String database = postgres.newDatabase();
            try (EngineUnderTest engine = Deployments.distributed(database, Postgres.USER,
                    bench.newFolder("artemis"), Deployments.shellRuntime(), null)) {
                shell.add(shellRate(Throughput.run(engine, shellJobs, Jobs.oneTask(null))));
            }
            postgres.drop(database);
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
                                + cpu(noopCpu) + " (PostgreSQL's not counted); measured after "
                                + Format.number(Stats.median(warmups)) + " unmeasured jobs on its deployment"),
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
     * Unmeasured passes on the engine about to be measured until the JIT compiler is done with it, as it is in a
     * coordinator that has been up for a while: at least {@link #MIN_WARM_UP_PASSES}, then until a pass spends less
     * than {@link #QUIET_COMPILER_SHARE} of this JVM's CPU time compiling, at most {@link #MAX_WARM_UP_PASSES}. The
     * compiler's time is the JVM's own account of it, elapsed rather than CPU time, so if anything it waits too long.
     * On two busy cores the optimizing compiler competes with the engine it compiles: after 15,000 jobs it still
     * took about a third of the JVM's CPU, after 35,000 about a tenth. Passes run on the measured deployment because one on
     * a separate deployment left the compiler recompiling throughout the measured run.
     *
     * @return how many jobs the warm-up ran
     */
    private static double warmUp(EngineUnderTest engine, int jobsPerPass) throws Exception {
        CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
        for (int pass = 1; ; pass++) {
            long compilingBefore = compiler.getTotalCompilationTime();
            Throughput.Measurement measured = Throughput.run(engine, jobsPerPass, Jobs.oneTask(Jobs.IMAGE));
            double compilingShare = (compiler.getTotalCompilationTime() - compilingBefore)
                    / (measured.cpuMillisPerTask() * jobsPerPass);
            Bench.log("distributed warm-up pass %d (%d jobs, not measured): %.0f tasks/s, compiling %.0f%% of its "
                    + "CPU time", pass, jobsPerPass, measured.tasksPerSecond(), 100 * compilingShare);
            boolean quiet = pass >= MIN_WARM_UP_PASSES && compilingShare < QUIET_COMPILER_SHARE;
            if (quiet || pass == MAX_WARM_UP_PASSES) return (double) pass * jobsPerPass;
        }
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
