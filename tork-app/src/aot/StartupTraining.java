import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes the JVM's AOT cache of the packaged engine (JEP 483/514/515, JDK 25+), which the {@code ./tork} launcher
 * hands to the JVM to start the engine in about half the time: the classes the engine loads, already parsed and
 * linked, with the method profiles of a real run. The launcher runs it once per build of the jar, with the JDK and
 * the JVM options it starts the engine with (the JVM refuses a cache made with other options):
 *
 * <pre>java StartupTraining.java &lt;java&gt; &lt;tork.jar&gt; &lt;tork.aot&gt; &lt;log&gt; [JVM option...]</pre>
 *
 * The training run is {@code tork run standalone} on a free port, with an empty configuration file and an empty
 * home folder, so that nothing of the user's is read. Once it answers {@code /health} it gets a small job on the
 * shell runtime and a few reads, then SIGTERM; on its way out the JVM writes the cache. The JVM checks the cache
 * against the jar when it starts (size and modification time) and ignores one that does not fit, so a stale cache
 * can cost speed, never correctness. The engine's output goes to {@code log}; the exit status is 0 only when the
 * cache was written.
 */
public class StartupTraining {
    static final Duration START_TIMEOUT = Duration.ofMinutes(2);
    static final Duration JOB_TIMEOUT = Duration.ofSeconds(30);
    /** Writing the cache starts a second JVM after the first ended: slow on a busy machine. */
    static final Duration EXIT_TIMEOUT = Duration.ofMinutes(5);
    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern STATE = Pattern.compile("\"state\"\\s*:\\s*\"([A-Z]+)\"");

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: java StartupTraining.java <java> <tork.jar> <tork.aot> <log> [JVM option...]");
            System.exit(2);
        }
        Path java = Path.of(args[0]);
        Path jar = Path.of(args[1]).toAbsolutePath();
        Path cache = Path.of(args[2]).toAbsolutePath();
        Path log = Path.of(args[3]).toAbsolutePath();
        List<String> options = List.of(args).subList(4, args.length);
        Files.deleteIfExists(cache);
        Path folder = Files.createTempDirectory("tork-aot-training");
        try {
            train(java, options, jar, cache, log, folder);
        } catch (Exception e) {
            Files.deleteIfExists(cache);
            say("no AOT cache: " + e.getMessage());
            System.exit(1);
        } finally {
            deleteTree(folder);
        }
    }

    static void train(Path java, List<String> options, Path jar, Path cache, Path log, Path folder) throws Exception {
        int port = freePort();
        Path config = Files.writeString(folder.resolve("config.toml"), "# defaults only\n");
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(options);
        command.add("-XX:AOTCacheOutput=" + cache);
        command.addAll(List.of("-jar", jar.toString(), "run", "standalone"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().keySet().removeIf(name -> name.startsWith("TORK_")
                || name.equals("JAVA_TOOL_OPTIONS") || name.equals("JDK_JAVA_OPTIONS"));
        builder.environment().put("TORK_CONFIG", config.toString());
        builder.environment().put("TORK_COORDINATOR_ADDRESS", "localhost:" + port);
        builder.environment().put("HOME", folder.toString());

        long started = System.nanoTime();
        Process engine = builder.start();
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
            Api api = new Api(http, "http://localhost:" + port);
            awaitAnswer(api, engine);
            exercise(api);
        } finally {
            engine.destroy(); // SIGTERM: a graceful stop, after which the JVM writes the cache
            if (!engine.waitFor(EXIT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                engine.destroyForcibly().waitFor();
                throw new IOException("the training run did not end within " + EXIT_TIMEOUT.toMinutes() + " min");
            }
        }
        if (!Files.isRegularFile(cache)) throw new IOException("the training run wrote no cache");
        say(String.format("AOT cache %s written (%d MB) in %d s", cache.getFileName(), Files.size(cache) >> 20,
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started)));
    }

    /** Until the API answers /health at all: without a Docker daemon it answers 503, which is enough here. */
    static void awaitAnswer(Api api, Process engine) throws Exception {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (true) {
            if (!engine.isAlive()) {
                throw new IOException("the engine ended at start (exit status " + engine.exitValue() + ")");
            }
            try {
                api.get("/health");
                return;
            } catch (IOException notYet) {
                if (System.nanoTime() > deadline) throw new IOException("the engine did not answer within "
                        + START_TIMEOUT.toSeconds() + " s");
                Thread.sleep(50);
            }
        }
    }

    /** What a user does first: a job submitted and followed, and the usual reads. */
    static void exercise(Api api) throws Exception {
        String job = api.post("/jobs", "text/yaml", """
                name: start-up training
                tasks:
                  - name: greet
                    runtime: shell
                    run: echo hello
                """);
        Matcher id = ID.matcher(job);
        if (!id.find()) throw new IOException("the job was refused: " + job);
        long deadline = System.nanoTime() + JOB_TIMEOUT.toNanos();
        String state = "";
        while (!List.of("COMPLETED", "FAILED", "CANCELLED").contains(state) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            Matcher found = STATE.matcher(api.get("/jobs/" + id.group(1)));
            state = found.find() ? found.group(1) : "";
        }
        say("training job " + (state.isEmpty() ? "did not end" : state));
        api.get("/jobs/" + id.group(1) + "/log");
        api.get("/jobs");
        api.get("/nodes");
        api.get("/health");
    }

    record Api(HttpClient http, String base) {
        String get(String path) throws IOException, InterruptedException {
            return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        }

        String post(String path, String contentType, String body) throws IOException, InterruptedException {
            return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        private String send(HttpRequest.Builder request) throws IOException, InterruptedException {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString())
                    .body();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(path);
        }
    }

    static void say(String line) {
        System.out.println("[training] " + line);
    }
}
