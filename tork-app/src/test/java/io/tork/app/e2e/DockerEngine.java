package io.tork.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tork.app.config.TorkConfig;
import io.tork.app.wiring.StandaloneEngine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A real standalone engine on a free port running tasks in Docker containers. It remembers the jobs submitted
 * through {@link #submit} so that a test can check that their containers and volumes are gone.
 */
final class DockerEngine implements AutoCloseable {
    static final Set<String> END_STATES = Set.of("COMPLETED", "FAILED", "CANCELLED");
    private final StandaloneEngine engine;
    private final Api api;
    private final List<String> jobIds = new ArrayList<>();

    private DockerEngine(StandaloneEngine engine) {
        this.engine = engine;
        this.api = new Api(engine.apiPort());
    }

    /** @param extraConfig configuration keys on top of a free port and the Docker runtime */
    static DockerEngine start(Map<String, String> extraConfig) throws Exception {
        Docker.require();
        Map<String, String> config = new HashMap<>(extraConfig);
        config.put("coordinator.address", "localhost:0");
        return new DockerEngine(StandaloneEngine.start(TorkConfig.of(config)));
    }

    int port() {
        return engine.apiPort();
    }

    String endpoint() {
        return "http://localhost:" + engine.apiPort();
    }

    Api api() {
        return api;
    }

    /** Remembers a job submitted some other way (the command line), for the clean-up check. */
    void remember(String jobId) {
        jobIds.add(jobId);
    }

    String submit(String yaml) {
        Api.Response submitted = api.post("/jobs", "text/yaml", yaml);
        if (submitted.status() != 200) {
            throw new AssertionError("job was refused: " + submitted.status() + " " + submitted.text());
        }
        String id = submitted.body().path("id").asText();
        jobIds.add(id);
        return id;
    }

    Api.Response awaitState(String jobId, Set<String> states) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100))
                .until(() -> states.contains(api.get("/jobs/" + jobId).body().path("state").asText()));
        return api.get("/jobs/" + jobId);
    }

    Api.Response awaitEnd(String jobId) {
        return awaitState(jobId, END_STATES);
    }

    /** Every container and volume of the remembered jobs' tasks is removed (eventually: removal follows the end). */
    void assertNothingLeftBehind() {
        List<String> taskIds = new ArrayList<>();
        for (String jobId : jobIds) {
            api.get("/jobs/" + jobId).body().path("execution").forEach(t -> taskIds.add(t.path("id").asText()));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(Docker.leftoversOf(taskIds)).isEmpty());
    }

    @Override
    public void close() {
        engine.stop();
    }
}
