package io.tork.adapters.in.web;

import static io.tork.adapters.in.web.FakeApplication.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tork.domain.spec.Limits;
import io.tork.domain.spec.Mount;
import io.tork.domain.spec.TaskSpec;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TaskRoutesTest extends ApiTestSupport {

    @Test
    void readsATaskWithItsDefinitionAndProgress() {
        TaskSpec spec = Fixtures.echoTask().toBuilder()
                .queue("gpu")
                .limits(new Limits("1", "512m"))
                .mounts(List.of(new Mount("volume", null, "/data", null)))
                .condition("{{ true }}")
                .pre(List.of(TaskSpec.builder().name("setup").image("busybox").build()))
                .var("greeting")
                .build();
        app.add(Fixtures.job("j1"));
        app.add(Fixtures.runningTask("t1", "j1", spec, NOW).withProgress(42.5));

        var r = api.get("/tasks/t1");

        assertThat(r.status()).isEqualTo(200);
        JsonNode json = r.json();
        assertThat(json.path("id").asText()).isEqualTo("t1");
        assertThat(json.path("jobId").asText()).isEqualTo("j1");
        assertThat(json.path("position").asInt()).isEqualTo(1);
        assertThat(json.path("state").asText()).isEqualTo("RUNNING");
        assertThat(json.path("queue").asText()).isEqualTo("gpu");
        assertThat(json.path("limits").toString()).isEqualTo("{\"cpus\":\"1\",\"memory\":\"512m\"}");
        assertThat(json.path("mounts").toString()).isEqualTo("[{\"type\":\"volume\",\"target\":\"/data\"}]");
        assertThat(json.path("if").asText()).isEqualTo("{{ true }}");
        assertThat(json.path("pre").get(0).path("name").asText()).isEqualTo("setup");
        assertThat(json.path("var").asText()).isEqualTo("greeting");
        assertThat(json.path("progress").asDouble()).isEqualTo(42.5);
        assertThat(json.path("scheduledAt").asText()).isEqualTo("2026-01-02T03:04:05.123456Z");
        assertThat(json.has("parentId")).isFalse();
        assertThat(json.has("error")).isFalse();
        assertThat(json.has("condition")).isFalse();
    }

    @Test
    void unknownTaskIs404() {
        var r = api.get("/tasks/nope");
        var log = api.get("/tasks/nope/log");

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.message()).isEqualTo("task not found");
        assertThat(log.status()).isEqualTo(404);
    }

    @Test
    void pagesATasksLog() {
        app.add(Fixtures.job("j1"));
        app.add(Fixtures.task("t1", "j1", Fixtures.echoTask()));
        IntStream.rangeClosed(1, 5).forEach(i -> app.logs.add(Fixtures.logPart("t1", i, "line " + i)));

        JsonNode page = api.get("/tasks/t1/log?page=2&size=2").json();

        assertThat(page.path("number").asInt()).isEqualTo(2);
        assertThat(page.path("size").asInt()).isEqualTo(2);
        assertThat(page.path("totalPages").asInt()).isEqualTo(3);
        assertThat(page.path("totalItems").asInt()).isEqualTo(5);
        assertThat(page.path("items").get(0).path("contents").asText()).isEqualTo("line 3");
    }

    @Test
    void aTaskWhoseJobIsGoneStillHidesSensitiveKeys() {
        app.add(Fixtures.task("orphan", "gone", Fixtures.echoTask().toBuilder()
                .env(Map.of("API_SECRET", "s3cr3t")).build()));

        JsonNode json = api.get("/tasks/orphan").json();

        assertThat(json.path("env").path("API_SECRET").asText()).isEqualTo("[REDACTED]");
    }
}
