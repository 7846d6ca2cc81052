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
 * Benchmark 5: the packaged engine ({@code tork-app/target/tork.jar}) started as its own process in standalone
 * mode, as {@code ./tork run standalone} starts it: time from process start until {@code GET /health} answers 200,
 * and its resident memory once idle. The baseline is the smallest Java service answering {@code /health}.
 */
final class StartupBenchmark {
    private static final String SECTION = "5. Start-up and footprint";
    /** The JVM options the {@code ./tork} launcher passes. */
    static final List<String> LAUNCHER_OPTIONS =
            List.of("--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow");
    private static final Duration IDLE = Duration.ofSeconds(5);
    private final Bench bench;

    StartupBenchmark(Bench bench) {
        this.bench = bench;
    }

    List<Result> run() throws Exception {
        Path jar = bench.root().resolve("tork-app/target/tork.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it with ./mvnw -pl tork-app -am package -DskipTests");
        }
        String classes = Path.of(BareHealthServer.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString();
        List<Double> engineStart = new ArrayList<>();
        List<Double> engineRss = new ArrayList<>();
        List<Double> bareStart = new ArrayList<>();
        List<Double> bareRss = new ArrayList<>();
        measure(List.of("-jar", jar.toString(), "run", "standalone"), new ArrayList<>(), new ArrayList<>()); // disk cache
        for (int round = 1; round <= bench.rounds(); round++) {
            measure(List.of("-cp", classes, BareHealthServer.class.getName()), bareStart, bareRss);
            measure(List.of("-jar", jar.toString(), "run", "standalone"), engineStart, engineRss);
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

    /** Starts the program, times it to its first healthy answer, reads its memory once idle, stops it. */
    private void measure(List<String> program, List<Double> startMillis, List<Double> rssMb) throws Exception {
        int port = Deployments.freePort();
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(LAUNCHER_OPTIONS);
        command.addAll(program);
        if (program.getFirst().equals("-cp")) command.add(Integer.toString(port));
        Path folder = bench.newFolder("process");
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile())
                .redirectErrorStream(true).redirectOutput(folder.resolve("output.log").toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("TORK_") || name.startsWith("JAVA_TOOL") || name.equals("JDK_JAVA_OPTIONS"));
        env.put("TORK_COORDINATOR_ADDRESS", "localhost:" + port);
        env.put("TORK_LOGGING_LEVEL", "warn");
        env.put("HOME", folder.toString()); // no ~/.config/tork/config.toml of the user's

        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build()) {
            long start = System.nanoTime();
            Process process = builder.start();
            try {
                awaitHealthy(http, port, process, folder);
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

    private static void awaitHealthy(HttpClient http, int port, Process process, Path folder) throws Exception {
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
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
            if (System.nanoTime() > deadline) throw new IllegalStateException("not healthy within 60 s");
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
