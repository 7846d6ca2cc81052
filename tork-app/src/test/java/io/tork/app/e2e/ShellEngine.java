package io.tork.app.e2e;

import static org.awaitility.Awaitility.await;

import io.tork.app.config.TorkConfig;
import io.tork.app.wiring.StandaloneEngine;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * A real standalone engine on a free port with the shell runtime, so job-language tests need no Docker. Jobs it
 * accepts run as host processes: tests must only submit harmless scripts.
 */
final class ShellEngine implements AutoCloseable {
    private static final Set<String> END_STATES = Set.of("COMPLETED", "FAILED", "CANCELLED", "SKIPPED");
    static final String KNOWN_GOOD_JOB = """
            name: known good
            output: "{{ tasks.said }}"
            tasks:
              - name: say ok
                var: said
                run: echo -n ok > $TORK_OUTPUT
            """;

    private final StandaloneEngine engine;
    private final Api api;

    private ShellEngine(StandaloneEngine engine) {
        this.engine = engine;
        this.api = new Api(engine.apiPort());
    }

    static ShellEngine start() throws Exception {
        return start(Map.of());
    }

    /** @param extraConfig configuration keys on top of a free port and the shell runtime */
    static ShellEngine start(Map<String, String> extraConfig) throws Exception {
        Map<String, String> config = new java.util.HashMap<>(extraConfig);
        config.put("coordinator.address", "localhost:0");
        config.put("runtime.type", "shell");
        return new ShellEngine(StandaloneEngine.start(TorkConfig.of(config)));
    }

    Api api() {
        return api;
    }

    int port() {
        return engine.apiPort();
    }

    /** The job once it reached a final state. */
    Api.Response awaitJobEnd(String id) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                .until(() -> END_STATES.contains(api.get("/jobs/" + id).body().path("state").asText()));
        return api.get("/jobs/" + id);
    }

    /** Submits a YAML job and returns it once it ended. */
    Api.Response runToEnd(String yaml) {
        Api.Response submitted = api.post("/jobs", "text/yaml", yaml);
        if (submitted.status() != 200) {
            throw new AssertionError("job was refused: " + submitted.status() + " " + submitted.text());
        }
        return awaitJobEnd(submitted.body().path("id").asText());
    }

    @Override
    public void close() {
        engine.stop();
    }
}
