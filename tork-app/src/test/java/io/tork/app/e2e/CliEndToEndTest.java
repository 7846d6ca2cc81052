package io.tork.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tork submit|jobs|job|cancel|restart|logs} against a real standalone engine running Docker containers. */
class CliEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TWO_STEPS = """
            name: two steps
            tasks:
              - name: first step
                image: ubuntu:mantic
                run: echo one; sleep 1
              - name: second step
                image: ubuntu:mantic
                run: echo two; echo -n done > $TORK_OUTPUT
                var: second
            output: "{{ tasks.second }}"
            """;
    private static final String FAILING = """
            name: doomed
            tasks:
              - name: fine
                image: ubuntu:mantic
                run: echo fine
              - name: breaks
                image: ubuntu:mantic
                run: echo about to fail; exit 3
            """;
    private static DockerEngine engine;
    private static Map<String, String> client;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        engine = DockerEngine.start(Map.of());
        client = Map.of("endpoint", engine.endpoint());
    }

    @AfterAll
    static void stop() {
        if (engine != null) engine.close();
    }

    @AfterEach
    void nothingLeftBehind() {
        engine.assertNothingLeftBehind();
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private Cli.Run tork(String... args) {
        return Cli.run(client, args);
    }

    private String remember(String id) {
        engine.remember(id);
        return id;
    }

    @Test
    void submitWaitShowsProgressWithTaskNamesAndSucceeds() throws IOException {
        Cli.Run run = tork("submit", file("two.yaml", TWO_STEPS).toString(), "--wait");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        String id = remember(lines.getFirst().split(" ")[1]);
        assertThat(lines.getFirst()).isEqualTo("Job " + id + " submitted (two steps); waiting for it to end.");
        assertThat(lines).anyMatch(line -> line.matches("\\[[#.]{24}] +\\d+%  RUNNING  first step"));
        assertThat(lines).anyMatch(line -> line.matches("\\[#{24}] 100%  COMPLETED"));
        assertThat(lines).anyMatch(line -> line.startsWith("Job " + id + " COMPLETED after "));
        assertThat(lines.getLast()).isEqualTo("Result: done");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void submitWaitOnAFailingJobExitsNonZeroAndSaysWhy() throws IOException {
        Cli.Run run = tork("submit", file("doomed.yml", FAILING).toString(), "--wait");

        assertThat(run.exitCode()).isEqualTo(1);
        String id = remember(run.out().lines().findFirst().orElseThrow().split(" ")[1]);
        assertThat(run.err()).contains("Job " + id + " FAILED after ").contains("exit code 3")
                .contains("tork logs " + id);
        assertThat(engine.api().get("/jobs/" + id).body().path("state").asText()).isEqualTo("FAILED");
    }

    @Test
    void jsonOutputIsTheApisJson() throws IOException {
        Cli.Run submitted = tork("submit", file("job.json", toJson(TWO_STEPS)).toString(), "--json");
        assertThat(submitted.exitCode()).as(submitted.err()).isZero();
        JsonNode summary = JSON.readTree(submitted.out());
        String id = remember(summary.path("id").asText());
        assertThat(summary.path("state").asText()).isEqualTo("PENDING");
        engine.awaitEnd(id);

        JsonNode job = JSON.readTree(tork("job", id, "--json").out());
        JsonNode jobs = JSON.readTree(tork("jobs", "--json", "--size", "20").out());
        Cli.Run waited = tork("submit", file("again.yaml", TWO_STEPS).toString(), "--wait", "--json");
        JsonNode ended = JSON.readTree(waited.out());
        remember(ended.path("id").asText());

        assertThat(job.path("id").asText()).isEqualTo(id);
        assertThat(job.path("execution")).hasSize(2);
        assertThat(jobs.path("items").findValuesAsText("id")).contains(id);
        assertThat(waited.exitCode()).isZero();
        assertThat(ended.path("state").asText()).isEqualTo("COMPLETED");
    }

    @Test
    void tablesAreForPeople() throws IOException {
        String id = remember(JSON.readTree(tork("submit", file("t.yaml", FAILING).toString(), "--json").out())
                .path("id").asText());
        engine.awaitEnd(id);

        Cli.Run jobs = tork("jobs", "--size", "20");
        Cli.Run job = tork("job", id);

        assertThat(jobs.exitCode()).isZero();
        assertThat(jobs.out().lines().findFirst().orElseThrow()).matches("ID +NAME +STATE +PROGRESS +CREATED");
        assertThat(jobs.out()).containsPattern(id + " +doomed +FAILED +\\d+% +\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
        assertThat(jobs.out().lines().toList().getLast()).matches("page 1 of \\d+, \\d+ jobs");
        assertThat(job.exitCode()).isZero();
        assertThat(job.out()).contains("ID:       " + id, "Name:     doomed", "State:    FAILED")
                .containsPattern("Error: +.*exit code 3")
                .containsPattern("TASK ID +NAME +STATE +ATTEMPT +STARTED +DURATION +ERROR")
                .containsPattern("\\w{32} +fine +COMPLETED +1 ")
                .containsPattern("\\w{32} +breaks +FAILED +1 .*exit code 3");
    }

    @Test
    void logsFollowPrintsTheOutputInOrderUntilTheJobEnds() throws Exception {
        String id = engine.submit("""
                name: talkative
                tasks:
                  - name: count
                    image: ubuntu:mantic
                    run: for i in 1 2 3 4 5; do echo line $i; sleep 0.5; done
                  - name: last words
                    image: ubuntu:mantic
                    run: echo goodbye
                """);

        Cli.Run run = tork("logs", id, "--follow");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("line 1\nline 2\nline 3\nline 4\nline 5\ngoodbye\n");
        assertThat(engine.api().get("/jobs/" + id).body().path("state").asText()).isEqualTo("COMPLETED");
    }

    @Test
    void logsOfOneTaskAndAsJsonLines() throws Exception {
        String id = engine.submit(TWO_STEPS);
        JsonNode job = engine.awaitEnd(id).body();
        String secondTask = job.path("execution").get(1).path("id").asText();

        Cli.Run task = tork("logs", secondTask);
        Cli.Run lines = tork("logs", id, "--json");

        assertThat(task.out()).isEqualTo("two\n");
        List<JsonNode> parts = lines.out().lines().map(CliEndToEndTest::parse).toList();
        assertThat(parts).extracting(p -> p.path("contents").asText()).containsExactly("one\n", "two\n");
        assertThat(tork("logs", "no-such-id").exitCode()).isEqualTo(2);
    }

    @Test
    void cancelAndRestartAJob() {
        String id = engine.submit("""
                name: long
                tasks:
                  - name: nap
                    image: ubuntu:mantic
                    run: sleep 60
                """);
        engine.awaitState(id, Set.of("RUNNING"));
        CompletableFuture<Cli.Run> waiting = CompletableFuture.supplyAsync(() -> tork("logs", id, "--follow"));

        Cli.Run cancelled = tork("cancel", id);
        engine.awaitState(id, Set.of("CANCELLED"));
        Cli.Run restarted = tork("restart", id);
        engine.awaitState(id, Set.of("RUNNING"));
        Cli.Run cancelledAgain = tork("cancel", id, "--json");

        assertThat(cancelled.exitCode()).isZero();
        assertThat(cancelled.out()).isEqualTo("Job " + id + " is being cancelled.\n");
        assertThat(restarted.exitCode()).isZero();
        assertThat(restarted.out()).isEqualTo("Job " + id + " is restarting.\n");
        assertThat(cancelledAgain.out().strip()).isEqualTo("{\"status\":\"OK\"}");
        engine.awaitState(id, Set.of("CANCELLED"));
        assertThat(waiting.orTimeout(60, TimeUnit.SECONDS).join().exitCode()).isZero();
        Cli.Run notRunning = tork("cancel", id);
        assertThat(notRunning.exitCode()).isEqualTo(2);
        assertThat(notRunning.err()).startsWith("Error: job is not running");
    }

    @Test
    void aRefusedDocumentNamesTheProblemAndExitsWithTwo() throws IOException {
        Cli.Run run = tork("submit", file("bad.yaml", "name: bad\ntasks:\n  - image: ubuntu:mantic\n").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("Error: ").contains("tasks[0].name");
    }

    private static String toJson(String yaml) throws IOException {
        return JSON.writeValueAsString(new ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
                .readTree(yaml));
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new AssertionError("not a JSON line: " + line, e);
        }
    }
}
