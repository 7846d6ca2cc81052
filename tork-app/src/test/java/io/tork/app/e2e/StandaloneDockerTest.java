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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed's examples and a job, end to end: REST API → coordinator → worker → real Docker containers. */
class StandaloneDockerTest {
    private static StandaloneEngine engine;
    private static Api api;

    @BeforeAll
    static void startEngine() throws Exception {
        Docker.require();
        engine = StandaloneEngine.start(TorkConfig.of(Map.of("coordinator.address", "localhost:0")));
        api = new Api(engine.apiPort());
    }

    @AfterAll
    static void stopEngine() {
        if (engine != null) engine.stop();
    }

    private final List<String> jobIds = new ArrayList<>();

    @AfterEach
    void nothingLeftBehind() {
        List<String> taskIds = new ArrayList<>();
        for (String jobId : jobIds) {
            api.get("/jobs/" + jobId).body().path("execution").forEach(t -> taskIds.add(t.path("id").asText()));
        }
        assertThat(taskIds).as("tasks of the jobs this test submitted").hasSizeGreaterThanOrEqualTo(jobIds.size());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(Docker.leftoversOf(taskIds)).isEmpty());
    }

    private Api.Response submitTask(String json) {
        return remember(api.post("/task", "application/json", json));
    }

    private Api.Response remember(Api.Response submitted) {
        if (submitted.status() == 200) jobIds.add(submitted.body().path("id").asText());
        return submitted;
    }

    @Test
    void seedHelloWorldCompletesWithItsOutputAsResult() {
        var submitted = submitTask("{\"image\":\"ubuntu:mantic\",\"cmd\":[\"echo\",\"-n\",\"hello world\"]}");
        assertThat(submitted.status()).isEqualTo(200);
        String id = submitted.body().path("id").asText();
        assertThat(id).hasSize(32);

        var task = awaitTaskEnd(id);
        assertThat(task.body().path("state").asText()).isEqualTo("COMPLETED");
        assertThat(task.body().path("result").asText()).isEqualTo("hello world");
    }

    @Test
    void seedPrePostTasksShareTheTasksVolumes() {
        String body = """
                {"image":"ubuntu:mantic","volumes":["/data"],
                 "run":"cat /data/greeting > $TORK_OUTPUT",
                 "pre":[{"name":"write","image":"ubuntu:mantic","run":"echo -n from pre > /data/greeting"}],
                 "post":[{"name":"after","image":"ubuntu:mantic","run":"test -f /data/greeting"}]}
                """;
        var submitted = submitTask(body);
        assertThat(submitted.status()).isEqualTo(200);
        var task = awaitTaskEnd(submitted.body().path("id").asText());
        assertThat(task.body().path("state").asText()).isEqualTo("COMPLETED");
        assertThat(task.body().path("result").asText()).isEqualTo("from pre");
    }

    @Test
    void yamlJobPassesResultsFromTaskToTaskAndIntoItsOutput() {
        String yaml = """
                name: greeting job
                inputs:
                  who: world
                tasks:
                  - name: say hello
                    image: ubuntu:mantic
                    var: hello
                    env:
                      WHO: "{{ inputs.who }}"
                    run: printf "hello $WHO" > $TORK_OUTPUT
                  - name: shout it
                    image: ubuntu:mantic
                    var: loud
                    env:
                      TEXT: "{{ tasks.hello }}"
                    run: echo -n "$TEXT" | tr a-z A-Z > $TORK_OUTPUT
                output: "{{ tasks.loud }}!"
                """;
        var submitted = remember(api.post("/jobs", "text/yaml", yaml));
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(200);
        String id = submitted.body().path("id").asText();
        var job = awaitJobEnd(id);
        assertThat(job.body().path("state").asText()).as(job.text()).isEqualTo("COMPLETED");
        assertThat(job.body().path("result").asText()).isEqualTo("HELLO WORLD!");
        assertThat(job.body().path("execution")).hasSize(2);
    }

    @Test
    void imageThatCannotBePulledFailsTheTaskNamingTheImage() {
        var submitted = submitTask("{\"image\":\"no-such-registry.invalid/nothing:1\",\"cmd\":[\"true\"]}");
        assertThat(submitted.status()).isEqualTo(200);
        var task = awaitTaskEnd(submitted.body().path("id").asText());
        assertThat(task.body().path("state").asText()).isEqualTo("FAILED");
        assertThat(task.body().path("error").asText()).contains("pull").contains("no-such-registry.invalid/nothing:1");
    }

    @Test
    void cancellingARunningTaskStopsItsContainer() {
        var submitted = submitTask("{\"image\":\"ubuntu:mantic\",\"run\":\"sleep 60\"}");
        String id = submitted.body().path("id").asText();
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/task/" + id).body().path("state").asText().equals("RUNNING"));
        assertThat(api.put("/task/" + id + "/cancel").status()).isEqualTo(200);
        var task = awaitTaskEnd(id);
        assertThat(task.body().path("state").asText()).isEqualTo("CANCELLED");
    }

    @Test
    void badInputIsRejectedWithTheFieldNamed() {
        var notAList = api.post("/task", "application/json", "{\"image\":\"ubuntu:mantic\",\"cmd\":\"echo hi\"}");
        assertThat(notAList.status()).isEqualTo(400);
        assertThat(notAList.body().path("message").asText()).contains("cmd");

        var missingName = api.post("/jobs", "text/yaml", "tasks:\n  - image: ubuntu:mantic\n");
        assertThat(missingName.status()).isEqualTo(400);
        assertThat(missingName.text()).contains("tasks[0].name").contains("name");

        var unknownField = api.post("/jobs", "text/yaml", "name: j\nnosuch: 1\ntasks:\n  - name: a\n    image: x\n");
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.body().path("message").asText()).contains("nosuch");
    }

    private static Api.Response awaitTaskEnd(String id) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> isEnd(api.get("/task/" + id)));
        return api.get("/task/" + id);
    }

    private static Api.Response awaitJobEnd(String id) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> isEnd(api.get("/jobs/" + id)));
        return api.get("/jobs/" + id);
    }

    private static boolean isEnd(Api.Response r) {
        String state = r.body().path("state").asText();
        return state.equals("COMPLETED") || state.equals("FAILED") || state.equals("CANCELLED");
    }
}
