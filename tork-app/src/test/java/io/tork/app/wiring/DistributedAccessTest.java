package io.tork.app.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tork.app.cli.RunningEngine;
import io.tork.app.config.TorkConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two coordinators over one PostgreSQL database and one Artemis broker, with basic authentication: a user created
 * through one coordinator signs in at the other and, once revoked at the other, at neither; each coordinator's
 * metrics show the installation's jobs, and the changes it made itself.
 */
class DistributedAccessTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ROOT = basic("root", "root password");
    private static PostgresServer postgres;
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path artemisData;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = PostgresServer.start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @Test
    void usersAndMetricsAcrossTwoCoordinators() throws Exception {
        int brokerPort = FreePorts.next();
        Map<String, String> broker = DistributedSettings.artemisAt(brokerPort, artemisData);
        Map<String, String> access = Map.of("middleware.web.basicauth.enabled", "true",
                "middleware.web.basicauth.admin.username", "root",
                "middleware.web.basicauth.admin.password", "root password");
        TorkConfig coordinatorConfig = DistributedSettings.config(broker,
                DistributedSettings.postgres(postgres.newDatabase()), access);
        Engines.migration().migrate(coordinatorConfig);

        List<RunningEngine> engines = new ArrayList<>();
        try {
            engines.add(BrokerEngine.start(coordinatorConfig));
            CoordinatorEngine first = CoordinatorEngine.start(coordinatorConfig);
            engines.add(first);
            CoordinatorEngine second = CoordinatorEngine.start(coordinatorConfig);
            engines.add(second);
            engines.add(WorkerEngine.start(DistributedSettings.config(broker)));
            String a = "http://localhost:" + first.apiPort();
            String b = "http://localhost:" + second.apiPort();

            assertThat(post(a + "/users", ROOT, "{\"username\":\"ada\",\"password\":\"ada password\"}").statusCode())
                    .isEqualTo(200);
            String ada = basic("ada", "ada password");
            assertThat(get(b + "/jobs", ada).statusCode()).isEqualTo(200);
            assertThat(delete(b + "/users/ada", ROOT).statusCode()).isEqualTo(200);
            assertThat(get(a + "/jobs", ada).statusCode()).isEqualTo(401);
            assertThat(get(b + "/jobs", ada).statusCode()).isEqualTo(401);

            HttpResponse<String> submitted = send(HttpRequest.newBuilder(URI.create(a + "/jobs"))
                    .header("Authorization", ROOT).header("Content-Type", "text/yaml")
                    .POST(HttpRequest.BodyPublishers.ofString(ApiClient.HELLO_JOB)));
            String id = JSON.readTree(submitted.body()).path("id").asText();
            await().atMost(Duration.ofSeconds(60)).until(() ->
                    JSON.readTree(get(b + "/jobs/" + id, ROOT).body()).path("state").asText().equals("COMPLETED"));

            String scrapeA = get(a + "/metrics/prometheus", ROOT).body();
            String scrapeB = get(b + "/metrics/prometheus", ROOT).body();
            assertThat(sample(scrapeA, "tork_jobs{state=\"COMPLETED\"}")).isEqualTo(1);
            assertThat(sample(scrapeB, "tork_jobs{state=\"COMPLETED\"}")).isEqualTo(1);
            assertThat(sample(scrapeA, "tork_job_transitions_total{state=\"COMPLETED\"}")
                    + sample(scrapeB, "tork_job_transitions_total{state=\"COMPLETED\"}"))
                    .as("each change is counted once, by the coordinator that stored it").isEqualTo(1);
            assertThat(get(a + "/metrics/prometheus", null).statusCode()).isEqualTo(401);
        } finally {
            for (int i = engines.size() - 1; i >= 0; i--) engines.get(i).stop();
            http.close();
        }
    }

    private static double sample(String scrape, String series) {
        Matcher m = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE).matcher(scrape);
        if (!m.find()) throw new AssertionError("no " + series + " in\n" + scrape);
        return Double.parseDouble(m.group(1));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String url, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (authorization != null) request.header("Authorization", authorization);
        return send(request);
    }

    private HttpResponse<String> delete(String url, String authorization) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", authorization).DELETE());
    }

    private HttpResponse<String> post(String url, String authorization, String json) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", authorization)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
