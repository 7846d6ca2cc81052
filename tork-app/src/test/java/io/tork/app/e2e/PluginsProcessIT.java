package io.tork.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an operator does with the plugins: copy the built jars into an empty plugins folder, check them with
 * {@code tork plugins}, start the packaged engine with Podman as its default runtime, and run a job that uses it
 * and the plugins' functions.
 */
class PluginsProcessIT {
    @TempDir
    Path plugins;

    @TempDir
    Path workDir;

    private Process engine;
    private Path log;

    @BeforeEach
    void requirePodman() {
        Podman.require();
    }

    @AfterEach
    void stopEngine() throws Exception {
        if (engine != null && engine.isAlive()) {
            engine.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void theBuiltPluginsAreListedAndAJobUsesThePodmanRuntimeAndTheFunctions() throws Exception {
        PluginJarFiles.copyInto(plugins, PluginJarFiles.PODMAN, PluginJarFiles.FUNCTIONS);

        Finished listing = runToTheEnd("plugins");
        assertThat(listing.exitCode()).as(listing.output()).isZero();
        assertThat(listing.output()).containsPattern("(?m)^tork-podman\\s+\\S+\\s+started\\s+podman\\s+-$")
                .containsPattern("(?m)^tork-functions\\s+\\S+\\s+started\\s+-\\s+.*sha256.*$");

        int port = freePort();
        Api api = new Api(port);
        engine = start(port, "run", "standalone");
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(healthy(api)).as(this::readLog).isTrue());

        var submitted = api.post("/jobs", "text/yaml", """
                name: podman by default
                inputs:
                  x: hello
                tasks:
                  - name: digest
                    image: tork-test/busybox:latest
                    env:
                      DIGEST: "{{ sha256(inputs.x) }}"
                      SLUG: "{{ slug('Tork on Podman') }}"
                    run: echo "in a podman container"; printf '%s %s' "$DIGEST" "$SLUG" > $TORK_OUTPUT
                """);
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(200);
        String id = submitted.body().path("id").asText();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).until(() ->
                List.of("COMPLETED", "FAILED").contains(api.get("/jobs/" + id).body().path("state").asText()));
        var job = api.get("/jobs/" + id).body();
        assertThat(job.path("state").asText()).as(job.toString()).isEqualTo("COMPLETED");
        var task = job.path("execution").get(0);
        assertThat(task.path("result").asText())
                .isEqualTo("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824 tork-on-podman");
        List<String> taskIds = new ArrayList<>();
        job.path("execution").forEach(t -> taskIds.add(t.path("id").asText()));
        assertThat(Podman.leftoversOf(taskIds)).isEmpty();

        engine.destroy(); // SIGTERM
        assertThat(engine.waitFor(30, TimeUnit.SECONDS)).as("the engine stops on SIGTERM").isTrue();
    }

    private record Finished(int exitCode, String output) {
    }

    private Finished runToTheEnd(String... args) throws Exception {
        Process process = start(0, args);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("tork %s ends", String.join(" ", args)).isTrue();
        return new Finished(process.exitValue(), readLog());
    }

    private Process start(int port, String... args) throws IOException {
        Path jar = Path.of("target", "tork.jar").toAbsolutePath();
        assertThat(jar).as("the packaged engine (built by mvn package)").exists();
        log = Files.createTempFile(workDir, "tork", ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED",
                "--sun-misc-unsafe-memory-access=allow", "-jar", jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                .directory(new File(workDir.toString()));
        builder.environment().putAll(Map.of("TORK_PLUGINS_DIR", plugins.toString(), "TORK_RUNTIME_TYPE", "podman",
                "TORK_COORDINATOR_ADDRESS", "localhost:" + port));
        return builder.start();
    }

    private boolean healthy(Api api) {
        try {
            return api.get("/health").status() == 200;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private String readLog() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
