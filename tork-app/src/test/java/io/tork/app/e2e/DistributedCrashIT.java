package io.tork.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * SPEC §6 with real processes: a broker, a coordinator and two workers, each its own JVM started from the
 * packaged jar, over an embedded PostgreSQL. A worker killed with SIGKILL in the middle of a task loses that task
 * to the other worker; a coordinator killed with SIGKILL while its jobs run, or right after accepting them, loses none of them.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DistributedCrashIT {
    private static final Duration GENEROUS = Duration.ofSeconds(120);
    private static final String LOST_WORKER_REASON = "stopped sending heartbeats";

    private static Path root;
    private static EmbeddedPostgres postgres;
    private static Map<String, String> settings;
    private static int apiPort;
    private static Api api;
    private static final Map<String, Process> processes = new LinkedHashMap<>();
    private static final Map<String, Path> logs = new LinkedHashMap<>();

    @BeforeAll
    static void startCluster() throws Exception {
        root = Files.createTempDirectory("tork-distributed-crash");
        postgres = EmbeddedPostgres.builder().setOverrideWorkingDirectory(root.resolve("pg").toFile()).start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE tork");
        }
        int brokerPort = freePort();
        apiPort = freePort();
        api = new Api(apiPort);
        settings = new HashMap<>();
        settings.put("TORK_BROKER_TYPE", "artemis");
        settings.put("TORK_BROKER_ARTEMIS_URL", "tcp://localhost:" + brokerPort);
        settings.put("TORK_DATASTORE_TYPE", "postgres");
        settings.put("TORK_DATASTORE_POSTGRES_URL", "jdbc:postgresql://localhost:" + postgres.getPort() + "/tork");
        settings.put("TORK_DATASTORE_POSTGRES_USERNAME", "postgres");
        settings.put("TORK_DATASTORE_POSTGRES_PASSWORD", "postgres");
        settings.put("TORK_RUNTIME_TYPE", "shell");
        settings.put("TORK_RUNTIME_SHELL_CMD", "sh,-c");
        settings.put("TORK_WORKER_HEARTBEAT_INTERVAL", "1s");
        settings.put("TORK_COORDINATOR_ADDRESS", "localhost:" + apiPort);
        settings.put("TORK_LOGGING_LEVEL", "info");

        Process migration = start("migration", Map.of(), "migration");
        assertThat(migration.waitFor(60, TimeUnit.SECONDS)).as(() -> logTails()).isTrue();
        assertThat(migration.exitValue()).as(() -> logTails()).isZero();

        // the broker keeps its journal under its working directory (./data/artemis by default)
        start("broker", Map.of(), "run", "broker");
        await().atMost(GENEROUS).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(accepts(brokerPort)).as(() -> logTails()).isTrue());

        startCoordinator("coordinator-1");
        start("worker-a", Map.of("TORK_WORKER_NAME", "worker-a"), "run", "worker");
        start("worker-b", Map.of("TORK_WORKER_NAME", "worker-b"), "run", "worker");
        await().atMost(GENEROUS).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(nodeId("worker-a")).as(() -> logTails()).isNotNull());
        await().atMost(GENEROUS).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(nodeId("worker-b")).as(() -> logTails()).isNotNull());
    }

    @AfterAll
    static void stopCluster() throws Exception {
        List<String> names = new ArrayList<>(processes.keySet());
        for (int i = names.size() - 1; i >= 0; i--) kill(processes.get(names.get(i)));
        try {
            if (postgres != null) postgres.close();
        } finally {
            if (root != null) deleteRecursively(root);
        }
    }

    @Test
    @Order(1)
    void aTaskOfAWorkerKilledMidTaskCompletesOnTheOtherWorker() throws Exception {
        List<String> jobs = new ArrayList<>();
        for (int n = 1; n <= 6; n++) jobs.add(submit(n, 4));
        String workerA = nodeId("worker-a");

        String[] lostJob = new String[1];
        await().atMost(GENEROUS).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            lostJob[0] = jobRunningOn(jobs, workerA);
            assertThat(lostJob[0]).as(() -> "no task RUNNING on worker-a\n" + logTails()).isNotNull();
        });
        Process a = processes.get("worker-a");
        List<ProcessHandle> aTasks = a.descendants().toList();
        assertThat(a.destroyForcibly().waitFor(30, TimeUnit.SECONDS)).as("worker-a died of SIGKILL").isTrue();
        // the task's shell dies with its machine too, as it would when a host goes down
        aTasks.forEach(ProcessHandle::destroyForcibly);

        awaitCompleted(jobs, 1);
        JsonNode lost = api.get("/jobs/" + lostJob[0]).body();
        List<JsonNode> attempts = new ArrayList<>();
        lost.path("execution").forEach(attempts::add);
        assertThat(attempts).as(() -> lost.toPrettyString())
                .anySatisfy(t -> {
                    assertThat(t.path("state").asText()).isEqualTo("FAILED");
                    assertThat(t.path("nodeId").asText()).isEqualTo(workerA);
                    assertThat(t.path("error").asText()).contains("worker-a").contains(LOST_WORKER_REASON);
                })
                .anySatisfy(t -> {
                    assertThat(t.path("state").asText()).isEqualTo("COMPLETED");
                    assertThat(t.path("nodeId").asText()).isNotEqualTo(workerA);
                    assertThat(t.path("retry").path("attempts").asInt()).as("earlier attempts").isEqualTo(1);
                });
    }

    /** The coordinator dies once every task reached a worker, so its successor has to take in the workers' reports. */
    @Test
    @Order(2)
    void jobsOfAKilledCoordinatorCompleteUnderItsSuccessor() throws Exception {
        start("worker-c", Map.of("TORK_WORKER_NAME", "worker-c", "TORK_WORKER_QUEUES_DEFAULT", "4"), "run", "worker");
        await().atMost(GENEROUS).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(nodeId("worker-c")).as(() -> logTails()).isNotNull());
        List<String> jobs = new ArrayList<>();
        for (int n = 101; n <= 104; n++) jobs.add(submit(n, 4));
        await().atMost(GENEROUS).pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> assertThat(jobs).as(() -> logTails()).allSatisfy(DistributedCrashIT::onAWorker));
        Process first = processes.get("coordinator-1");
        assertThat(first.destroyForcibly().waitFor(30, TimeUnit.SECONDS)).as("coordinator-1 died of SIGKILL").isTrue();

        startCoordinator("coordinator-2");
        awaitCompleted(jobs, 101);
    }

    /**
     * The coordinator dies right after accepting jobs, typically between committing a state change and sending the
     * message that moves it on: the outbox kept that message with the commit, and the successor's relay sends it.
     */
    @Test
    @Order(3)
    void jobsAcceptedByACoordinatorKilledAtOnceCompleteUnderItsSuccessor() throws Exception {
        List<String> jobs = new ArrayList<>();
        for (int n = 201; n <= 206; n++) jobs.add(submit(n, 1));
        Process second = processes.get("coordinator-2");
        assertThat(second.destroyForcibly().waitFor(30, TimeUnit.SECONDS)).as("coordinator-2 died of SIGKILL").isTrue();

        startCoordinator("coordinator-3");
        awaitCompleted(jobs, 201);
    }

    private static String submit(int n, int seconds) {
        String yaml = """
                name: crash test %1$d
                output: "{{ tasks.said }}"
                tasks:
                  - name: work %1$d
                    var: said
                    run: sleep %2$d; printf done-%1$d > $TORK_OUTPUT
                """.formatted(n, seconds);
        Api.Response submitted = api.post("/jobs", "text/yaml", yaml);
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(200);
        return submitted.body().path("id").asText();
    }

    /** Every job COMPLETED, its result written by the task numbered from {@code firstNumber} in order. */
    private static void awaitCompleted(List<String> jobs, int firstNumber) {
        for (int i = 0; i < jobs.size(); i++) {
            String id = jobs.get(i);
            String expected = "done-" + (firstNumber + i);
            await().atMost(GENEROUS).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
                JsonNode job = api.get("/jobs/" + id).body();
                assertThat(job.path("state").asText()).as(() -> job.toPrettyString() + "\n" + logTails())
                        .isEqualTo("COMPLETED");
                assertThat(job.path("result").asText()).isEqualTo(expected);
            });
        }
    }

    private static void onAWorker(String jobId) {
        JsonNode job = api.get("/jobs/" + jobId).body();
        assertThat(job.path("execution").size()).as(jobId).isPositive();
        job.path("execution").forEach(t -> assertThat(t.path("state").asText()).as(jobId)
                .isIn("RUNNING", "COMPLETED"));
    }

    private static String jobRunningOn(List<String> jobs, String nodeId) {
        for (String id : jobs) {
            for (JsonNode task : api.get("/jobs/" + id).body().path("execution")) {
                if (task.path("state").asText().equals("RUNNING") && task.path("nodeId").asText().equals(nodeId)) {
                    return id;
                }
            }
        }
        return null;
    }

    /** The id of the UP node with this name, or null while it has not reported. */
    private static String nodeId(String name) {
        try {
            for (JsonNode node : api.get("/nodes").body()) {
                if (node.path("name").asText().equals(name) && node.path("status").asText().equals("UP")) {
                    return node.path("id").asText();
                }
            }
            return null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static void startCoordinator(String name) throws IOException {
        start(name, Map.of(), "run", "coordinator");
        await().atMost(GENEROUS).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(healthy()).as(() -> logTails()).isTrue());
    }

    private static boolean healthy() {
        try {
            return api.get("/health").status() == 200;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static Process start(String name, Map<String, String> extra, String... command) throws IOException {
        Path jar = Path.of("target", "tork.jar").toAbsolutePath();
        assertThat(jar).as("the packaged engine (built by mvn package)").exists();
        Path home = Files.createDirectories(root.resolve(name));
        Path log = root.resolve(name + ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> line = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED",
                "--sun-misc-unsafe-memory-access=allow", "-Djava.io.tmpdir=" + home, "-jar", jar.toString()));
        line.addAll(List.of(command));
        ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true)
                .redirectOutput(log.toFile()).directory(home.toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("TORK_"));
        builder.environment().putAll(settings);
        builder.environment().putAll(extra);
        Process process = builder.start();
        processes.put(name, process);
        logs.put(name, log);
        return process;
    }

    private static void kill(Process process) throws InterruptedException {
        if (process == null) return;
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    private static String logTails() {
        StringBuilder out = new StringBuilder();
        logs.forEach((name, log) -> {
            out.append("---- ").append(name).append(processes.get(name).isAlive() ? "" : " (exited)").append('\n');
            try {
                List<String> lines = Files.readAllLines(log);
                lines.subList(Math.max(0, lines.size() - 30), lines.size()).forEach(l -> out.append(l).append('\n'));
            } catch (IOException e) {
                out.append("(no log: ").append(e.getMessage()).append(")\n");
            }
        });
        return out.toString();
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
