package io.tork.adapters.in.web;

import static io.tork.adapters.in.web.FakeApplication.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tork.application.port.in.InvalidRequestException;
import io.tork.application.port.out.JobQuery;
import io.tork.domain.job.Job;
import io.tork.domain.job.JobKind;
import io.tork.domain.job.JobState;
import io.tork.domain.spec.JobSpec;
import io.tork.domain.spec.TaskSpec;
import io.tork.domain.task.Task;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class JobRoutesTest extends ApiTestSupport {

    @Test
    void submitsAJsonJobAndAnswersItsSummary() {
        var r = api.post("/jobs", "application/json", Fixtures.JOB_JSON);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/json");
        assertThat(r.body()).endsWith("}\n");
        JsonNode json = r.json();
        assertThat(json.path("id").asText()).isEqualTo("job-1");
        assertThat(json.path("name").asText()).isEqualTo("hello job");
        assertThat(json.path("state").asText()).isEqualTo("PENDING");
        assertThat(json.path("createdAt").asText()).isEqualTo("2026-01-02T03:04:05.123456Z");
        assertThat(json.path("taskCount").asInt()).isEqualTo(1);
        assertThat(json.has("position")).isTrue();
        assertThat(json.has("tasks")).as("a summary has no task definitions").isFalse();

        JobSpec spec = app.submitted.getFirst().spec();
        assertThat(spec.tasks().getFirst().cmd()).containsExactly("echo", "hello");
        assertThat(app.submitted.getFirst().kind()).isEqualTo(JobKind.JOB);
    }

    @Test
    void submitsAYamlJob() {
        var r = api.post("/jobs", "text/yaml", Fixtures.JOB_YAML);

        assertThat(r.status()).isEqualTo(200);
        assertThat(app.submitted.getFirst().spec().tasks().getFirst().image()).isEqualTo("ubuntu:mantic");
    }

    @Test
    void passesTheIdempotencyKeyToTheApplication() {
        api.send(api.request("/jobs").header("Content-Type", "application/json").header("Idempotency-Key", "k-42")
                .POST(HttpRequest.BodyPublishers.ofString(Fixtures.JOB_JSON)));

        assertThat(app.submitted.getFirst().idempotencyKey()).isEqualTo("k-42");
    }

    @Test
    void withoutAnIdempotencyKeyTheCommandCarriesNone() {
        api.post("/jobs", "application/json", Fixtures.JOB_JSON);

        assertThat(app.submitted.getFirst().idempotencyKey()).isNull();
    }

    @Test
    void waitingSubmissionAnswersTheFullJobWhenItEnds() {
        Job ended = Fixtures.job("job-1").schedule(NOW).markRunning().complete("done", NOW.plusSeconds(2), null);
        app.awaitAnswer = Optional.of(ended);
        app.add(Fixtures.runningTask("t-1", "job-1", Fixtures.echoTask(), NOW)
                .complete("hello", NOW.plusSeconds(1)));

        var r = api.post("/jobs", "text/yaml", Fixtures.JOB_YAML + "wait:\n  timeout: 30s\n");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("state").asText()).isEqualTo("COMPLETED");
        assertThat(r.json().path("result").asText()).isEqualTo("done");
        assertThat(r.json().path("execution").get(0).path("result").asText()).isEqualTo("hello");
        assertThat(app.waits).containsExactly(Duration.ofSeconds(30));
        assertThat(app.submitted.getFirst().spec().waitFor().timeout()).isEqualTo("30s");
    }

    @Test
    void waitingSubmissionTimesOutWith408() {
        var r = api.post("/jobs", "application/json",
                "{\"name\":\"j\",\"wait\":{\"timeout\":\"1s\"},\"tasks\":[{\"name\":\"t\",\"image\":\"busybox\"}]}");

        assertThat(r.status()).isEqualTo(408);
        assertThat(r.message()).isEqualTo("timeout waiting for job to complete");
        assertThat(app.waits).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void missingRequiredFieldsAreListedEachWithItsField() {
        app.rejection = InvalidRequestException.of(List.of(
                new io.tork.domain.validation.Violation("name", "is required"),
                new io.tork.domain.validation.Violation("tasks[0].name", "is required")));

        var r = api.post("/jobs", "text/yaml", "tasks:\n  - image: busybox\n");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.message()).contains("2 problems");
        JsonNode errors = r.json().path("errors");
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0).path("field").asText()).isEqualTo("name");
        assertThat(errors.get(1).path("field").asText()).isEqualTo("tasks[0].name");
        assertThat(errors.get(1).path("message").asText()).isEqualTo("is required");
    }

    @Test
    void eachErrorNamesTheLineOfItsFieldInTheDocument() {
        app.rejection = InvalidRequestException.of(List.of(
                new io.tork.domain.validation.Violation("tasks[1].image", "is required"),
                new io.tork.domain.validation.Violation("tasks[0].env.X", "error evaluating '{{ nope( }}'"),
                new io.tork.domain.validation.Violation("", "the job has a problem of its own")));
        String yaml = """
                name: two tasks
                tasks:
                  - name: first
                    image: busybox
                    env:
                      X: "{{ nope( }}"
                  - name: second
                    run: echo hi
                """;

        JsonNode errors = api.post("/jobs", "text/yaml", yaml).json().path("errors");

        assertThat(errors.get(0).path("line").asInt()).as("the second task, which has no image").isEqualTo(7);
        assertThat(errors.get(1).path("line").asInt()).isEqualTo(6);
        assertThat(errors.get(2).has("line")).isFalse();
    }

    @Test
    void anUnknownFieldNamesItsLineInTheErrorList() {
        JsonNode body = api.post("/jobs", "text/yaml", "name: x\ntasks:\n  - name: a\n    imag: busybox\n").json();

        assertThat(body.path("errors").get(0).path("field").asText()).isEqualTo("tasks[0].imag");
        assertThat(body.path("errors").get(0).path("line").asInt()).isEqualTo(4);
    }

    @Test
    void listsJobsInPagesOfTenByDefault() {
        IntStream.rangeClosed(1, 101).forEach(i -> app.add(Fixtures.job("j" + i)));

        JsonNode page = api.get("/jobs").json();

        assertThat(page.path("items")).hasSize(10);
        assertThat(page.path("number").asInt()).isEqualTo(1);
        assertThat(page.path("size").asInt()).isEqualTo(10);
        assertThat(page.path("totalPages").asInt()).isEqualTo(11);
        assertThat(page.path("totalItems").asInt()).isEqualTo(101);
        assertThat(page.path("items").get(0).path("id").asText()).isEqualTo("j1");
        assertThat(page.path("items").get(0).has("tasks")).isFalse();
    }

    @Test
    void clampsThePageSizeAndAcceptsALastPartialPage() {
        IntStream.rangeClosed(1, 101).forEach(i -> app.add(Fixtures.job("j" + i)));

        JsonNode big = api.get("/jobs?size=50").json();
        JsonNode last = api.get("/jobs?page=11").json();
        JsonNode tiny = api.get("/jobs?size=0&page=-3").json();

        assertThat(big.path("size").asInt()).isEqualTo(20);
        assertThat(big.path("totalPages").asInt()).isEqualTo(6);
        assertThat(last.path("items")).hasSize(1);
        assertThat(last.path("size").asInt()).isEqualTo(1);
        assertThat(tiny.path("size").asInt()).isEqualTo(1);
        assertThat(tiny.path("number").asInt()).isEqualTo(1);
    }

    @Test
    void anEmptyListStillHasItsEnvelope() {
        JsonNode page = api.get("/jobs").json();

        assertThat(page.path("items").isArray()).isTrue();
        assertThat(page.path("items")).isEmpty();
        assertThat(page.path("totalItems").asInt()).isZero();
        assertThat(page.path("totalPages").asInt()).isZero();
    }

    @Test
    void badPagingParametersAre400() {
        var page = api.get("/jobs?page=abc");
        var size = api.get("/jobs?size=ten");
        var logSize = api.get("/jobs/x/log?size=1.5");

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.message()).isEqualTo("invalid page number: abc");
        assertThat(size.status()).isEqualTo(400);
        assertThat(size.message()).isEqualTo("invalid size: ten");
        assertThat(logSize.status()).isEqualTo(400);
        assertThat(logSize.message()).isEqualTo("invalid size: 1.5");
    }

    @Test
    void splitsTheSearchIntoTagsAndText() {
        api.get("/jobs?q=" + java.net.URLEncoder.encode("running  tag:a big tags:b,c,,d job",
                java.nio.charset.StandardCharsets.UTF_8) + "&page=2&size=5");

        JobQuery query = app.queries.getFirst();
        assertThat(query.tags()).containsExactly("a", "b", "c", "d");
        assertThat(query.text()).isEqualTo("running big job");
        assertThat(query.page()).isEqualTo(2);
        assertThat(query.size()).isEqualTo(5);
    }

    @Test
    void readsAFullJobWithDefinitionsAndExecution() {
        Job job = app.add(Fixtures.job("j1").schedule(NOW.plusSeconds(1)).markRunning());
        app.add(Fixtures.runningTask("t1", "j1", Fixtures.echoTask(), NOW.plusSeconds(2)));

        JsonNode json = api.get("/jobs/j1").json();

        assertThat(json.path("id").asText()).isEqualTo(job.id());
        assertThat(json.path("state").asText()).isEqualTo("RUNNING");
        assertThat(json.path("position").asInt()).isEqualTo(1);
        assertThat(json.path("startedAt").asText()).isEqualTo("2026-01-02T03:04:06.123456Z");
        assertThat(json.path("tasks").get(0).path("name").asText()).isEqualTo("say hello");
        assertThat(json.path("tasks").get(0).has("state")).isFalse();
        JsonNode execution = json.path("execution").get(0);
        assertThat(execution.path("id").asText()).isEqualTo("t1");
        assertThat(execution.path("jobId").asText()).isEqualTo("j1");
        assertThat(execution.path("state").asText()).isEqualTo("RUNNING");
        assertThat(execution.path("nodeId").asText()).isEqualTo("node-1");
        assertThat(execution.path("cmd").toString()).isEqualTo("[\"echo\",\"hello\"]");
        assertThat(json.path("context").path("job").path("id").asText()).isEqualTo("j1");
    }

    @Test
    void aJobThatHasNotStartedHasEmptyExecutionAndZeroPosition() {
        app.add(Fixtures.job("j1"));

        JsonNode json = api.get("/jobs/j1").json();

        assertThat(json.path("execution").isArray()).isTrue();
        assertThat(json.path("execution")).isEmpty();
        assertThat(json.has("position")).isTrue();
        assertThat(json.path("position").asInt()).isZero();
        assertThat(json.has("completedAt")).isFalse();
        assertThat(json.has("result")).isFalse();
        assertThat(json.has("progress")).isFalse();
    }

    @Test
    void unknownJobIs404() {
        var r = api.get("/jobs/nope");

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().toString()).isEqualTo("{\"message\":\"job not found\"}");
        assertThat(api.put("/jobs/nope/cancel").status()).isEqualTo(404);
        assertThat(api.put("/jobs/nope/restart").status()).isEqualTo(404);
        assertThat(api.get("/jobs/nope/log").status()).isEqualTo(404);
    }

    @Test
    void cancelsAndRestartsJobs() {
        app.add(Fixtures.job("j1"));

        var cancel = api.put("/jobs/j1/cancel");
        var restart = api.put("/jobs/j1/restart");

        assertThat(cancel.status()).isEqualTo(200);
        assertThat(cancel.body()).isEqualTo("{\"status\":\"OK\"}\n");
        assertThat(restart.body()).isEqualTo("{\"status\":\"OK\"}\n");
        assertThat(app.cancelled).containsExactly("j1");
        assertThat(app.restarted).containsExactly("j1");
    }

    @Test
    void aRefusedCancelIs400WithTheApplicationsReason() {
        app.add(Fixtures.job("j1"));
        app.controlRefusal = new InvalidRequestException("job is not running");

        var r = api.put("/jobs/j1/cancel");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.message()).isEqualTo("job is not running");
    }

    @Test
    void pagesTheLogOfAllTasksOfAJob() {
        app.add(Fixtures.job("j1"));
        app.add(Fixtures.task("t1", "j1", Fixtures.echoTask()));
        IntStream.rangeClosed(1, 30).forEach(i -> app.logs.add(Fixtures.logPart("t1", i, "line " + i)));

        JsonNode first = api.get("/jobs/j1/log").json();
        JsonNode clamped = api.get("/jobs/j1/log?size=500").json();

        assertThat(first.path("items")).hasSize(25);
        assertThat(first.path("totalItems").asInt()).isEqualTo(30);
        assertThat(first.path("totalPages").asInt()).isEqualTo(2);
        JsonNode part = first.path("items").get(0);
        assertThat(part.path("id").asText()).isEqualTo("log-t1-1");
        assertThat(part.path("number").asInt()).isEqualTo(1);
        assertThat(part.path("taskId").asText()).isEqualTo("t1");
        assertThat(part.path("contents").asText()).isEqualTo("line 1");
        assertThat(part.path("createdAt").asText()).isEqualTo("2026-01-02T03:04:05.123456Z");
        assertThat(clamped.path("items")).hasSize(30);
    }

    @Test
    void prettyPrintsOnRequest() {
        app.add(Fixtures.job("j1"));

        String body = api.get("/jobs/j1?pretty").body();

        assertThat(body).contains("\n  \"id\" : \"j1\"");
    }

    @Test
    void rendersCompositeTasksAndTheirProgress() {
        TaskSpec child = TaskSpec.builder().name("child").image("busybox").build();
        TaskSpec each = TaskSpec.builder().name("loop")
                .each(new io.tork.domain.spec.EachSpec("{{ sequence(1,3) }}", child, "n", 2)).build();
        TaskSpec parallel = TaskSpec.builder().name("fan")
                .parallel(new io.tork.domain.spec.ParallelSpec(List.of(child, child))).build();
        JobSpec spec = JobSpec.of("composite", List.of(each, parallel));
        app.add(Job.submitted("j1", JobKind.JOB, spec, NOW));
        Instant at = NOW.plusSeconds(1);
        app.add(Task.pending("t-each", "j1", null, 1, each, at).startCoordinating(at).toBuilder()
                .each(new io.tork.domain.task.EachProgress(2, 1, 2)).build());
        app.add(Task.pending("t-par", "j1", null, 2, parallel, at).startCoordinating(at).toBuilder()
                .parallelCompletions(1).build());

        JsonNode json = api.get("/jobs/j1").json();

        JsonNode eachView = json.path("execution").get(0).path("each");
        assertThat(eachView.path("var").asText()).isEqualTo("n");
        assertThat(eachView.path("list").asText()).isEqualTo("{{ sequence(1,3) }}");
        assertThat(eachView.path("task").path("name").asText()).isEqualTo("child");
        assertThat(eachView.path("size").asInt()).isEqualTo(2);
        assertThat(eachView.path("completions").asInt()).isEqualTo(1);
        assertThat(eachView.path("concurrency").asInt()).isEqualTo(2);
        JsonNode parallelView = json.path("execution").get(1).path("parallel");
        assertThat(parallelView.path("tasks")).hasSize(2);
        assertThat(parallelView.path("completions").asInt()).isEqualTo(1);
        assertThat(json.path("tasks").get(0).path("each").has("size")).isFalse();
    }

    @Test
    void showsRetryAttemptsAsTheNumberOfFailedAttempts() {
        TaskSpec retried = Fixtures.echoTask().toBuilder()
                .retry(new io.tork.domain.spec.RetryPolicy(3, null, null)).build();
        app.add(Fixtures.job("j1"));
        Task first = app.add(Fixtures.runningTask("t1", "j1", retried, NOW).fail("boom", NOW.plusSeconds(1)));
        app.add(first.nextAttempt("t2", retried, NOW.plusSeconds(2), null));

        JsonNode execution = api.get("/jobs/j1").json().path("execution");

        assertThat(execution.get(0).path("retry").path("limit").asInt()).isEqualTo(3);
        assertThat(execution.get(0).path("retry").has("attempts")).isFalse();
        assertThat(execution.get(0).path("error").asText()).isEqualTo("boom");
        assertThat(execution.get(1).path("retry").path("attempts").asInt()).isEqualTo(1);
    }

    @Test
    void aFailedJobShowsItsError() {
        app.add(Fixtures.job("j1").schedule(NOW).fail("task failed: exit code 1", NOW.plusSeconds(3)));

        JsonNode json = api.get("/jobs/j1").json();

        assertThat(json.path("state").asText()).isEqualTo(JobState.FAILED.name());
        assertThat(json.path("error").asText()).isEqualTo("task failed: exit code 1");
        assertThat(json.path("failedAt").asText()).isEqualTo("2026-01-02T03:04:08.123456Z");
    }
}
