package io.tork.app.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.tork.app.cli.RunningEngine;
import io.tork.app.config.TorkConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §6: a broker or database outage is survived. A coordinator and a worker run over a real PostgreSQL server
 * and a separate Artemis broker; one of them is stopped while a job runs and started again. Meanwhile
 * {@code /health} says DOWN and names it; afterwards it says UP, the job that was running completes, and so do
 * jobs submitted during and after the outage.
 */
class BackendOutageTest {
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final String SLOW_JOB = """
            name: outlives an outage
            tasks:
              - name: slow
                var: said
                run: sleep 4; echo -n survived > $TORK_OUTPUT
            """;

    @TempDir
    Path root;

    private final List<RunningEngine> engines = new ArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private PostgresServer postgres;
    private int brokerPort;
    private TorkConfig brokerConfig;
    private RunningEngine broker;
    private ApiClient api;
    private int apiPort;

    @BeforeEach
    void start() throws Exception {
        postgres = PostgresServer.startAt(root.resolve("pg"), FreePorts.next());
        brokerPort = FreePorts.next();
        Map<String, String> artemis = DistributedSettings.artemisAt(brokerPort, root.resolve("artemis"));
        brokerConfig = DistributedSettings.config(artemis);
        TorkConfig coordinatorConfig = DistributedSettings.config(artemis,
                DistributedSettings.postgres(postgres.newDatabase()));
        Engines.migration().migrate(coordinatorConfig);
        broker = BrokerEngine.start(brokerConfig);
        CoordinatorEngine coordinator = CoordinatorEngine.start(coordinatorConfig);
        engines.add(coordinator);
        engines.add(WorkerEngine.start(DistributedSettings.config(artemis, Map.of("worker.name", "outage-worker"))));
        apiPort = coordinator.apiPort();
        api = new ApiClient(apiPort);
        assertThat(api.runToEnd(ApiClient.HELLO_JOB).path("state").asText()).isEqualTo("COMPLETED");
    }

    @AfterEach
    void stop() throws Exception {
        if (api != null) api.close();
        for (int i = engines.size() - 1; i >= 0; i--) engines.get(i).stop();
        if (broker != null) broker.stop();
        if (postgres != null) postgres.close();
        http.close();
    }

    @Test
    void aDatabaseOutageIsReportedAndSurvived() throws Exception {
        String running = submitAndAwaitRunning();

        postgres.stop();
        awaitHealth(503, "datastore", "DOWN");
        assertThat(health().path("checks").path("broker").asText()).isEqualTo("UP");
        postgres.restart();
        awaitHealth(200, "datastore", "UP");

        awaitCompleted(running);
        assertThat(api.runToEnd(SLOW_JOB).path("state").asText()).isEqualTo("COMPLETED");
    }

    @Test
    void aBrokerOutageIsReportedAndSurvived() throws Exception {
        String running = submitAndAwaitRunning();

        broker.stop();
        broker = null;
        awaitHealth(503, "broker", "DOWN");
        // accepted while the broker is away: its start waits in the outbox
        String duringOutage = submit();
        broker = BrokerEngine.start(brokerConfig);
        awaitHealth(200, "broker", "UP");

        awaitCompleted(running);
        awaitCompleted(duringOutage);
        assertThat(api.runToEnd(SLOW_JOB).path("state").asText()).isEqualTo("COMPLETED");
    }

    private String submitAndAwaitRunning() {
        String id = submit();
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100))
                .until(() -> api.get("/jobs/" + id).path("execution").path(0).path("state").asText().equals("RUNNING"));
        return id;
    }

    private String submit() {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base() + "/jobs"))
                    .header("Content-Type", "text/yaml").POST(HttpRequest.BodyPublishers.ofString(SLOW_JOB))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body()).path("id").asText();
        } catch (Exception e) {
            throw new AssertionError("submitting failed", e);
        }
    }

    private void awaitCompleted(String jobId) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            JsonNode job = api.get("/jobs/" + jobId);
            assertThat(job.path("state").asText()).as(job::toPrettyString).isEqualTo("COMPLETED");
            assertThat(job.path("execution").path(0).path("result").asText()).isEqualTo("survived");
        });
    }

    private void awaitHealth(int status, String check, String state) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            HttpResponse<String> response = healthResponse();
            assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
            assertThat(response.body()).contains("\"" + check + "\":\"" + state + "\"");
        });
    }

    private JsonNode health() throws Exception {
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(healthResponse().body());
    }

    private HttpResponse<String> healthResponse() throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base() + "/health")).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String base() {
        return "http://localhost:" + apiPort;
    }
}
