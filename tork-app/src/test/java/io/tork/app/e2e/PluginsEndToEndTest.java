package io.tork.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.tork.app.cli.CommandFailedException;
import io.tork.app.config.TorkConfig;
import io.tork.app.wiring.StandaloneEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin jars the reactor built, copied into the plugins folder of a real standalone engine, beside a broken
 * one: jobs use the Podman runtime and the plugins' functions through the REST API, as a user would.
 */
class PluginsEndToEndTest {
    private static final Set<String> END_STATES = Set.of("COMPLETED", "FAILED", "CANCELLED");
    private static final String HELLO_SHA256 = "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824";

    @TempDir
    static Path plugins;

    private static StandaloneEngine engine;
    private static Api api;

    private final List<String> jobIds = new ArrayList<>();

    @BeforeAll
    static void startEngineWithPlugins() throws Exception {
        Docker.require();
        PluginJarFiles.copyInto(plugins, PluginJarFiles.PODMAN, PluginJarFiles.FUNCTIONS, PluginJarFiles.EXAMPLE);
        PluginJarFiles.broken(plugins, "broken-plugin.jar");
        engine = StandaloneEngine.start(TorkConfig.of(Map.of(
                "coordinator.address", "localhost:0",
                "worker.queues.default", "4",
                "plugins.dir", plugins.toString())));
        api = new Api(engine.apiPort());
    }

    @AfterAll
    static void stopEngine() {
        if (engine != null) engine.stop();
    }

    @AfterEach
    void nothingLeftBehind() {
        List<String> taskIds = new ArrayList<>();
        for (String jobId : jobIds) {
            api.get("/jobs/" + jobId).body().path("execution").forEach(t -> taskIds.add(t.path("id").asText()));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(Docker.leftoversOf(taskIds)).isEmpty();
            if (podmanInstalled()) assertThat(Podman.leftoversOf(taskIds)).isEmpty();
        });
    }

    @Test
    void aTaskPicksThePodmanRuntimeAndCompletesWithItsResultAndLogs() {
        Podman.require();
        String id = submit("""
                name: podman job
                inputs:
                  who: world
                tasks:
                  - name: on podman
                    runtime: podman
                    image: tork-test/busybox:latest
                    var: greeting
                    env:
                      WHO: "{{ inputs.who }}"
                    files:
                      note.txt: from a file
                    run: |
                      echo "building on podman in $(pwd)"
                      printf 'hello %s, %s' "$WHO" "$(cat note.txt)" > $TORK_OUTPUT
                  - name: on docker
                    image: tork-test/busybox:latest
                    env:
                      GREETING: "{{ tasks.greeting }}"
                    run: printf '%s!' "$GREETING" > $TORK_OUTPUT
                output: "{{ tasks.greeting }}"
                """);

        JsonNode job = awaitJobEnd(id);

        assertThat(job.path("state").asText()).as(JobFlow.describe(job)).isEqualTo("COMPLETED");
        assertThat(job.path("result").asText()).isEqualTo("hello world, from a file");
        JsonNode onPodman = JobFlow.taskNamed(job, "on podman");
        assertThat(onPodman.path("runtime").asText()).isEqualTo("podman");
        assertThat(taskLog(onPodman.path("id").asText())).contains("building on podman in /tork/workdir");
        assertThat(JobFlow.taskNamed(job, "on docker").path("result").asText()).isEqualTo("hello world, from a file!");
    }

    @Test
    void aFailingPodmanTaskFailsTheJobWithTheExitCodeAndItsLastLines() {
        Podman.require();
        String id = submit("""
                name: podman failure
                tasks:
                  - name: fails
                    runtime: podman
                    image: tork-test/busybox:latest
                    run: echo something went wrong; exit 4
                """);

        JsonNode job = awaitJobEnd(id);

        assertThat(job.path("state").asText()).isEqualTo("FAILED");
        assertThat(JobFlow.taskNamed(job, "fails").path("error").asText())
                .isEqualTo("podman: exit code 4: something went wrong");
    }

    @Test
    void theFunctionsOfThePluginsWorkInExpressions() {
        String id = submit("""
                name: plugin functions
                inputs:
                  x: hello
                  doc: '{"items": [{"id": "a1"}, {"id": "b2"}]}'
                tasks:
                  - name: digest
                    image: tork-test/busybox:latest
                    var: digest
                    env:
                      DIGEST: "{{ sha256(inputs.x) }}"
                    run: printf "$DIGEST" > $TORK_OUTPUT
                  - name: others
                    image: tork-test/busybox:latest
                    var: others
                    env:
                      SLUG: "{{ slug('Hello, World!') }}"
                      IDS: "{{ jsonPath(inputs.doc, '$.items[*].id') }}"
                      GREETING: "{{ greet('Ada') }}"
                      DATE: "{{ formatDate(parseDate('01/05/2024', 'dd/MM/yyyy'), 'yyyy-MM-dd') }}"
                      ENCODED: "{{ urlEncode('a b&c') }}|{{ base64url('hi?') }}|{{ md5(inputs.x) }}"
                      ID: "{{ uuid() }}"
                    run: printf '%s|%s|%s|%s|%s|%s' "$SLUG" "$IDS" "$GREETING" "$DATE" "$ENCODED" "${#ID}" > $TORK_OUTPUT
                """);

        JsonNode job = awaitJobEnd(id);

        assertThat(job.path("state").asText()).as(JobFlow.describe(job)).isEqualTo("COMPLETED");
        assertThat(JobFlow.taskNamed(job, "digest").path("result").asText()).isEqualTo(HELLO_SHA256);
        assertThat(JobFlow.taskNamed(job, "others").path("result").asText()).isEqualTo(
                "hello-world|[\"a1\",\"b2\"]|Hello, Ada!|2024-05-01|a+b%26c|aGk_|5d41402abc4b2a76b9719d911017c592|36");
    }

    @Test
    void aPluginFunctionCalledWithTheWrongNumberOfArgumentsFailsNamingIt() {
        String id = submit("""
                name: wrong arity
                tasks:
                  - name: digest
                    image: tork-test/busybox:latest
                    env:
                      D: "{{ sha256('a', 'b') }}"
                    run: echo "$D"
                """);

        JsonNode job = awaitJobEnd(id);

        assertThat(job.path("state").asText()).isEqualTo("FAILED");
        assertThat(job.path("error").asText()).contains("sha256: expected 1 argument, got 2");
    }

    @Test
    void anUnknownRuntimeIsRefusedAtSubmissionNamingTheTask() {
        Api.Response refused = api.post("/jobs", "text/yaml", """
                name: unknown runtime
                tasks:
                  - name: ok
                    image: tork-test/busybox:latest
                    run: "true"
                  - name: where
                    runtime: rkt
                    image: tork-test/busybox:latest
                    run: "true"
                """);

        assertThat(refused.status()).isEqualTo(400);
        ErrorBodies.assertReadable(refused);
        assertThat(refused.body().path("errors")).anySatisfy(error -> {
            assertThat(error.path("field").asText()).isEqualTo("tasks[1].runtime");
            assertThat(error.path("message").asText())
                    .isEqualTo("unknown runtime 'rkt': known runtimes are docker, podman, shell");
        });
    }

    @Test
    void twoPluginsProvidingOneNameStopTheStartNamingBoth(@TempDir Path clashing) throws Exception {
        PluginJarFiles.copyInto(clashing, PluginJarFiles.EXAMPLE, PluginJarFiles.PODMAN);
        PluginJarFiles.copyAs(clashing, PluginJarFiles.EXAMPLE, "another-example", "zz-another-example.jar");
        TorkConfig config = TorkConfig.of(Map.of("coordinator.address", "localhost:0",
                "plugins.dir", clashing.toString()));

        assertThatThrownBy(() -> StandaloneEngine.start(config))
                .isInstanceOf(CommandFailedException.class)
                .hasMessageStartingWith("function 'greet' is provided by both plugin 'tork-example' ("
                        + PluginJarFiles.built(PluginJarFiles.EXAMPLE).getFileName()
                        + ") and plugin 'another-example' (zz-another-example.jar): remove one of them from ");

        Files.delete(clashing.resolve("zz-another-example.jar"));
        PluginJarFiles.copyAs(clashing, PluginJarFiles.PODMAN, "podman-again", "zz-podman-again.jar");
        assertThatThrownBy(() -> StandaloneEngine.start(config))
                .hasMessageStartingWith("runtime 'podman' is provided by both plugin 'tork-podman'");
    }

    @Test
    void aDefaultRuntimeNoPluginProvidesStopsTheStart() {
        TorkConfig config = TorkConfig.of(Map.of("coordinator.address", "localhost:0", "runtime.type", "rkt",
                "plugins.dir", plugins.toString()));

        assertThatThrownBy(() -> StandaloneEngine.start(config))
                .isInstanceOf(CommandFailedException.class)
                .hasMessageStartingWith("unknown runtime.type 'rkt': known runtimes are docker, podman, shell");
    }

    private String submit(String yaml) {
        Api.Response submitted = api.post("/jobs", "text/yaml", yaml);
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(200);
        String id = submitted.body().path("id").asText();
        jobIds.add(id);
        return id;
    }

    private static JsonNode awaitJobEnd(String id) {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                .until(() -> END_STATES.contains(api.get("/jobs/" + id).body().path("state").asText()));
        return api.get("/jobs/" + id).body();
    }

    private static String taskLog(String taskId) {
        Api.Response r = api.get("/tasks/" + taskId + "/log?size=100");
        List<String> parts = new ArrayList<>();
        r.body().path("items").forEach(p -> parts.add(p.path("contents").asText()));
        return String.join("", parts.reversed());
    }

    private static boolean podmanInstalled() {
        return Docker.run("podman", "--version").exitCode() == 0;
    }
}
