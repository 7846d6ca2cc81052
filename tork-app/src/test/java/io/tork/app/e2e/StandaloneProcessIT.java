package io.tork.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a user does first: start {@code tork run standalone} as its own process (the packaged jar, as the
 * {@code ./tork} launcher runs it), submit the seed's hello world over HTTP, read the result, stop the process
 * with SIGTERM.
 */
class StandaloneProcessIT {
    private Process process;
    private Path log;

    @BeforeEach
    void requireDocker() {
        Docker.require();
    }

    @AfterEach
    void stopProcess() throws Exception {
        if (process != null && process.isAlive()) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        if (log != null) Files.deleteIfExists(log);
    }

    @Test
    void helloWorldThroughTheRealProcessAndAGracefulStop() throws Exception {
        int port = freePort();
        Api api = new Api(port);
        process = start(port);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(healthy(api)).as(() -> readLog()).isTrue());

        var submitted = api.post("/task", "application/json",
                "{\"image\":\"ubuntu:mantic\",\"cmd\":[\"echo\",\"-n\",\"hello world\"]}");
        assertThat(submitted.status()).isEqualTo(200);
        String id = submitted.body().path("id").asText();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> api.get("/task/" + id).body().path("state").asText().equals("COMPLETED"));
        assertThat(api.get("/task/" + id).body().path("result").asText()).isEqualTo("hello world");

        List<String> taskIds = new ArrayList<>();
        api.get("/jobs/" + id).body().path("execution").forEach(t -> taskIds.add(t.path("id").asText()));
        assertThat(Docker.leftoversOf(taskIds)).isEmpty();

        process.destroy(); // SIGTERM
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("the process stops on SIGTERM").isTrue();
    }

    private boolean healthy(Api api) {
        try {
            return api.get("/health").status() == 200;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private Process start(int port) throws IOException {
        Path jar = Path.of("target", "tork.jar").toAbsolutePath();
        assertThat(jar).as("the packaged engine (built by mvn package)").exists();
        log = Files.createTempFile("tork-standalone", ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED",
                "--sun-misc-unsafe-memory-access=allow", "-jar", jar.toString(), "run", "standalone")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .directory(new File(System.getProperty("java.io.tmpdir")));
        builder.environment().put("TORK_COORDINATOR_ADDRESS", "localhost:" + port);
        return builder.start();
    }

    private String readLog() {
        try {
            return Files.readString(log);
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
