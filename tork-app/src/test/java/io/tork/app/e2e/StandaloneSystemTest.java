package io.tork.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tork.app.config.TorkConfig;
import io.tork.app.wiring.StandaloneEngine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The operational endpoints of a standalone engine (shell runtime: no Docker needed). */
class StandaloneSystemTest {
    private static StandaloneEngine engine;
    private static Api api;

    @BeforeAll
    static void startEngine() throws Exception {
        engine = StandaloneEngine.start(TorkConfig.of(Map.of("coordinator.address", "localhost:0",
                "runtime.type", "shell", "worker.heartbeat.interval", "1s")));
        api = new Api(engine.apiPort());
    }

    @AfterAll
    static void stopEngine() {
        if (engine != null) engine.stop();
    }

    @Test
    void healthIsUpWithTheVersion() {
        var health = api.get("/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body().path("status").asText()).isEqualTo("UP");
        assertThat(health.body().path("version").asText()).isNotBlank();
    }

    @Test
    void nodesListTheCoordinatorAndTheWorker() {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            List<String> names = new ArrayList<>();
            api.get("/nodes").body().forEach(n -> names.add(n.path("name").asText()));
            assertThat(names).contains("Coordinator", "Worker");
        });
    }

    @Test
    void aShellTaskRunsAndTheQueuesAndMetricsAnswer() {
        var submitted = api.post("/jobs", "text/yaml", """
                name: shell job
                tasks:
                  - name: say
                    run: printf ok > $TORK_OUTPUT
                    var: said
                output: "{{ tasks.said }}"
                """);
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(200);
        String id = submitted.body().path("id").asText();
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/jobs/" + id).body().path("state").asText().equals("COMPLETED"));
        assertThat(api.get("/jobs/" + id).body().path("result").asText()).isEqualTo("ok");

        List<String> queues = new ArrayList<>();
        api.get("/queues").body().forEach(q -> queues.add(q.path("name").asText()));
        assertThat(queues).contains("default", "pending", "completed");
        var metrics = api.get("/metrics").body();
        assertThat(metrics.path("jobs").has("running")).isTrue();
        assertThat(metrics.path("nodes").path("online").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(api.get("/jobs?page=x").status()).isEqualTo(400);
        assertThat(api.get("/jobs/nosuch").status()).isEqualTo(404);
    }
}
