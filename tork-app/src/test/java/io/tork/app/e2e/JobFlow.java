package io.tork.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.tork.app.config.TorkConfig;
import io.tork.app.wiring.StandaloneEngine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;

/**
 * What the job-language end-to-end tests share: one standalone engine per test class over real Docker, job files
 * from {@code src/test/resources/jobs}, waiting for jobs to end, and the check that no container or volume of
 * any submitted job (sub-jobs included) is left behind.
 */
abstract class JobFlow {
    private static final Set<String> END_STATES = Set.of("COMPLETED", "FAILED", "CANCELLED");
    /** One engine per test class: concurrent classes must not share (or stop) each other's engine. */
    private static final Map<Class<?>, StandaloneEngine> ENGINES = new ConcurrentHashMap<>();
    Api api;

    private final List<String> jobIds = new ArrayList<>();

    @BeforeAll
    static void startEngine(TestInfo info) throws Exception {
        Docker.require();
        // Only the default queue is consumed (so queue "other" has no worker); several slots let the tests of a
        // class run their jobs side by side.
        StandaloneEngine engine = StandaloneEngine.start(TorkConfig.of(Map.of(
                "coordinator.address", "localhost:0",
                "worker.queues.default", "6")));
        ENGINES.put(info.getTestClass().orElseThrow(), engine);
    }

    @AfterAll
    static void stopEngine(TestInfo info) {
        StandaloneEngine engine = ENGINES.remove(info.getTestClass().orElseThrow());
        if (engine != null) engine.stop();
    }

    @BeforeEach
    void connect() {
        api = new Api(ENGINES.get(getClass()).apiPort());
    }

    @AfterEach
    void nothingLeftBehind() {
        List<String> taskIds = new ArrayList<>();
        for (String jobId : List.copyOf(jobIds)) collectTaskIds(jobId, taskIds);
        assertThat(taskIds).as("tasks of the jobs this test submitted").isNotEmpty();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(Docker.leftoversOf(taskIds)).isEmpty());
    }

    private void collectTaskIds(String jobId, List<String> taskIds) {
        for (JsonNode task : api.get("/jobs/" + jobId).body().path("execution")) {
            taskIds.add(task.path("id").asText());
            String subJobId = task.path("subjob").path("id").asText("");
            if (!subJobId.isEmpty()) collectTaskIds(subJobId, taskIds);
        }
    }

    static String fixture(String name) {
        try (InputStream in = JobFlow.class.getResourceAsStream("/jobs/" + name + ".yaml")) {
            assertThat(in).as("job file jobs/%s.yaml", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Submits a job file and returns the new job's id. */
    String submit(String fixtureName) {
        return submitYaml(fixture(fixtureName));
    }

    String submitYaml(String yaml) {
        Api.Response submitted = api.post("/jobs", "text/yaml", yaml);
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(200);
        String id = submitted.body().path("id").asText();
        remember(id);
        return id;
    }

    void remember(String jobId) {
        jobIds.add(jobId);
    }

    JsonNode job(String id) {
        Api.Response r = api.get("/jobs/" + id);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return r.body();
    }

    JsonNode awaitJobEnd(String id) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100))
                .until(() -> END_STATES.contains(job(id).path("state").asText()));
        return job(id);
    }

    JsonNode awaitJobState(String id, String state) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> job(id).path("state").asText().equals(state));
        return job(id);
    }

    static List<JsonNode> execution(JsonNode job) {
        return StreamSupport.stream(job.path("execution").spliterator(), false).toList();
    }

    static List<String> states(JsonNode job) {
        return execution(job).stream().map(t -> t.path("state").asText()).toList();
    }

    static JsonNode taskNamed(JsonNode job, String name) {
        return execution(job).stream().filter(t -> t.path("name").asText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no task named '" + name + "' in " + job.path("execution")));
    }

    static List<JsonNode> tasksNamed(JsonNode job, String name) {
        return execution(job).stream().filter(t -> t.path("name").asText().equals(name)).toList();
    }

    /** All log contents of a job, oldest part first. */
    String jobLog(String jobId) {
        return logText(api.get("/jobs/" + jobId + "/log?size=100"));
    }

    String taskLog(String taskId) {
        return logText(api.get("/tasks/" + taskId + "/log?size=100"));
    }

    private String logText(Api.Response r) {
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        List<String> parts = new ArrayList<>();
        r.body().path("items").forEach(p -> parts.add(p.path("contents").asText()));
        return String.join("", parts.reversed());
    }

    static String describe(JsonNode job) {
        StringBuilder text = new StringBuilder("job ").append(job.path("state").asText()).append(" error=")
                .append(job.path("error").asText()).append(" execution=");
        execution(job).forEach(t -> text.append("\n  ").append(t.path("name").asText()).append(' ')
                .append(t.path("state").asText()).append(" error=").append(t.path("error").asText()));
        return text.toString();
    }
}
