package io.tork.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Benchmark 5: the engine started as a user starts it, {@code ./tork run standalone} (the launcher script, with the
 * JDK of this harness): time from process start until {@code GET /health} answers 200, and its resident memory once
 * idle. The baseline is the smallest Java service answering {@code /health}, started with the launcher's JVM
 * options. A first, unmeasured start lets the launcher do its once-per-build work (the start-up cache) and fills
 * the disk cache.
 */
final class StartupBenchmark {
    private static final String SECTION = "5. Start-up and footprint";
    /** The JVM options the {@code ./tork} launcher passes (besides its start-up cache). */
    static final List<String> LAUNCHER_OPTIONS =
            List.of("--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow");
    private static final Duration IDLE = Duration.ofSeconds(5);
    private static final Duration START = Duration.ofSeconds(60);
    /** The first start after a build also makes the launcher's start-up cache. */
    private static final Duration FIRST_START = Duration.ofMinutes(5);
    private final Bench bench;

    StartupBenchmark(Bench bench) {
        this.bench = bench;
    }

    List<Result> run() throws Exception {
        Path jar = bench.root().resolve("tork-app/target/tork.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it with ./mvnw -pl tork-app -am package -DskipTests");
        }
        String launcher = bench.root().resolve("tork").toString();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classes = Path.of(BareHealthServer.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString();
        List<String> engine = List.of(launcher, "run", "standalone");
        List<String> bare = new ArrayList<>(List.of(java));
        bare.addAll(LAUNCHER_OPTIONS);
        bare.addAll(List.of("-cp", classes, BareHealthServer.class.getName()));
        List<Double> engineStart = new ArrayList<>();
        List<Double> engineRss = new ArrayList<>();
        List<Double> bareStart = new ArrayList<>();
        List<Double> bareRss = new ArrayList<>();
        measure(engine, false, FIRST_START, new ArrayList<>(), new ArrayList<>());
        for (int round = 1; round <= bench.rounds(); round++) {
            measure(bare, true, START, bareStart, bareRss);
            measure(engine, false, START, engineStart, engineRss);
            Bench.log("start-up round %d: engine %.0f ms, %.0f MB; bare JVM service %.0f ms, %.0f MB", round,
                    engineStart.getLast(), engineRss.getLast(), bareStart.getLast(), bareRss.getLast());
        }
        double bareMs = Stats.median(bareStart);
        double bareMb = Stats.median(bareRss);
        return List.of(
                Result.of(SECTION, "process start → /health 200 (standalone)", Target.atMost(2000, "ms"), engineStart,
                        "ms", "bare JVM /health service: " + Format.value(bareMs, "ms"),
                        Format.number(Stats.median(engineStart) / bareMs) + "× the bare service"),
                Result.of(SECTION, "resident memory after " + IDLE.toSeconds() + " s idle", Target.atMost(300, "MB"),
                        engineRss, "MB", "bare JVM /health service: " + Format.value(bareMb, "MB"),
                        Format.number(Stats.median(engineRss) / bareMb) + "× the bare service"));
    }

    /**
     * Starts the program, times it to its first healthy answer, reads its memory once idle, stops it. The launcher
     * replaces itself with the JVM (exec), so the process started is the engine's.
     *
     * @param portArgument whether the program takes its port as last argument (else TORK_COORDINATOR_ADDRESS)
     */
    private void measure(List<String> program, boolean portArgument, Duration timeout, List<Double> startMillis,
                         List<Double> rssMb) throws Exception {
        int port = Deployments.freePort();
        List<String> command = new ArrayList<>(program);
        if (portArgument) command.add(Integer.toString(port));
        Path folder = bench.newFolder("process");
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile())
                .redirectErrorStream(true).redirectOutput(folder.resolve("output.log").toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("TORK_") || name.startsWith("JAVA_TOOL") || name.equals("JDK_JAVA_OPTIONS"));
        env.put("JAVA_HOME", System.getProperty("java.home")); // the launcher runs the engine on this harness's JDK
        env.put("TORK_COORDINATOR_ADDRESS", "localhost:" + port);
        env.put("TORK_LOGGING_LEVEL", "warn");
        env.put("HOME", folder.toString()); // no ~/.config/tork/config.toml of the user's

        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build()) {
            long start = System.nanoTime();
            Process process = builder.start();
            try {
                awaitHealthy(http, port, process, folder, timeout);
                startMillis.add((System.nanoTime() - start) / 1e6);
                Thread.sleep(IDLE);
                rssMb.add(residentMegabytes(process.pid()));
            } finally {
                process.destroy();
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    process.waitFor();
                }
            }
        }
    }

    private static void awaitHealthy(HttpClient http, int port, Process process, Path folder, Duration timeout)
            throws Exception {
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the process ended before it was healthy: "
                        + Files.readString(folder.resolve("output.log")));
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) return;
            } catch (IOException notYet) {
                // not listening yet
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not healthy within " + timeout.toSeconds() + " s");
            }
            Thread.sleep(2);
        }
    }

    /** VmRSS of the process, from Linux's /proc. */
    static double residentMegabytes(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        throw new IOException("no VmRSS for process " + pid);
    }
}
