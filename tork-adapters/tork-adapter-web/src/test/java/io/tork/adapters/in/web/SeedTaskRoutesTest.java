package io.tork.adapters.in.web;

import static io.tork.adapters.in.web.FakeApplication.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tork.application.port.in.InvalidRequestException;
import io.tork.domain.job.Job;
import io.tork.domain.spec.TaskSpec;
import io.tork.domain.task.Task;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The seed API: a single task whose public id is the id of the one-task job that runs it. */
class SeedTaskRoutesTest extends ApiTestSupport {
    private static final TaskSpec LS = TaskSpec.builder().name("list").image("busybox").cmd("ls", "/").build();

    @Test
    void submitsATaskAndAnswersItAsAPendingTaskWithTheJobsId() {
        var r = api.post("/task", "text/yaml", "name: list\nimage: busybox\ncmd: [ls, /]\n");

        assertThat(r.status()).isEqualTo(200);
        JsonNode json = r.json();
        assertThat(json.path("id").asText()).isEqualTo("seed-1");
        assertThat(json.path("state").asText()).isEqualTo("PENDING");
        assertThat(json.path("name").asText()).isEqualTo("list");
        assertThat(json.path("image").asText()).isEqualTo("busybox");
        assertThat(json.path("cmd").toString()).isEqualTo("[\"ls\",\"/\"]");
        assertThat(json.path("createdAt").asText()).isEqualTo("2026-01-02T03:04:05.123456Z");
        assertThat(app.submittedTasks).containsExactly(LS);
    }

    @Test
    void aRejectedTaskListsItsViolations() {
        app.rejection = InvalidRequestException.of(java.util.List.of(
                new io.tork.domain.validation.Violation("image", "is required")));

        var r = api.post("/task", "application/json", "{\"name\":\"t\"}");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().path("errors").get(0).path("field").asText()).isEqualTo("image");
    }

    @Test
    void aScheduledJobShowsItsTasksState() {
        Job job = app.add(Fixtures.seedJob("s1", LS).schedule(NOW));
        app.add(Fixtures.task("internal-task-id", "s1", LS).schedule(LS, NOW));

        JsonNode json = api.get("/task/s1").json();

        assertThat(json.path("id").asText()).isEqualTo(job.id());
        assertThat(json.path("state").asText()).isEqualTo("SCHEDULED");
    }

    @Test
    void aRunningJobIsARunningTask() {
        app.add(Fixtures.seedJob("s1", LS).schedule(NOW).markRunning());
        app.add(Fixtures.runningTask("internal", "s1", LS, NOW.plusSeconds(1)));

        JsonNode json = api.get("/task/s1").json();

        assertThat(json.path("id").asText()).isEqualTo("s1");
        assertThat(json.path("state").asText()).isEqualTo("RUNNING");
        assertThat(json.path("startedAt").asText()).isEqualTo("2026-01-02T03:04:06.123456Z");
    }

    @Test
    void aCompletedJobGivesTheTaskItsResult() {
        app.add(Fixtures.seedJob("s1", LS).schedule(NOW).markRunning()
                .complete("bin\netc\n", NOW.plusSeconds(3), null));
        app.add(Fixtures.runningTask("internal", "s1", LS, NOW.plusSeconds(1))
                .complete("task output", NOW.plusSeconds(2)));

        JsonNode json = api.get("/task/s1").json();

        assertThat(json.path("state").asText()).isEqualTo("COMPLETED");
        assertThat(json.path("result").asText()).isEqualTo("bin\netc\n");
        assertThat(json.path("completedAt").asText()).isEqualTo("2026-01-02T03:04:08.123456Z");
    }

    @Test
    void withoutAJobResultTheLatestAttemptsResultShows() {
        app.add(Fixtures.seedJob("s1", LS).schedule(NOW).markRunning());
        app.add(Fixtures.runningTask("internal", "s1", LS, NOW).complete("from task", NOW.plusSeconds(2)));

        assertThat(api.get("/task/s1").json().path("result").asText()).isEqualTo("from task");
    }

    @Test
    void aFailedJobShowsTheErrorOfTheLatestAttempt() {
        app.add(Fixtures.seedJob("s1", LS).schedule(NOW).markRunning().fail("exit code 2", NOW.plusSeconds(5)));
        Task first = app.add(Fixtures.runningTask("a1", "s1", LS, NOW).fail("exit code 1", NOW.plusSeconds(1)));
        app.add(first.nextAttempt("a2", LS, NOW.plusSeconds(2), null).toBuilder().state(
                io.tork.domain.task.TaskState.FAILED).error("exit code 2").build());

        JsonNode json = api.get("/task/s1").json();

        assertThat(json.path("state").asText()).isEqualTo("FAILED");
        assertThat(json.path("error").asText()).isEqualTo("exit code 2");
        assertThat(json.path("failedAt").asText()).isEqualTo("2026-01-02T03:04:10.123456Z");
    }

    @Test
    void aCancelledJobIsACancelledTask() {
        app.add(Fixtures.seedJob("s1", LS).schedule(NOW).markRunning().cancel());

        assertThat(api.get("/task/s1").json().path("state").asText()).isEqualTo("CANCELLED");
    }

    @Test
    void theTaskEnvIsRedacted() {
        TaskSpec withSecret = LS.toBuilder().env(Map.of("DB_PASSWORD", "hunter2", "MODE", "fast")).build();
        app.add(Fixtures.seedJob("s1", withSecret));

        JsonNode env = api.get("/task/s1").json().path("env");

        assertThat(env.path("DB_PASSWORD").asText()).isEqualTo("[REDACTED]");
        assertThat(env.path("MODE").asText()).isEqualTo("fast");
    }

    @Test
    void cancelsTheJobBehindTheTask() {
        app.add(Fixtures.seedJob("s1", LS).schedule(NOW));

        var r = api.put("/task/s1/cancel");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("{\"status\":\"OK\"}\n");
        assertThat(app.cancelled).containsExactly("s1");
    }

    @Test
    void unknownTasksAndOrdinaryJobsAreNotSeedTasks() {
        app.add(Fixtures.job("ordinary"));

        var unknown = api.get("/task/nope");
        var ordinary = api.get("/task/ordinary");
        var cancel = api.put("/task/ordinary/cancel");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.message()).isEqualTo("task not found");
        assertThat(ordinary.status()).isEqualTo(404);
        assertThat(cancel.status()).isEqualTo(404);
        assertThat(app.cancelled).isEmpty();
    }
}
