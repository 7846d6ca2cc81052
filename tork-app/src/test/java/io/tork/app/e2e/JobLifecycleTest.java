package io.tork.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Jobs while they run and after: secrets kept out of every read, cancel (also across sub-jobs and while a client
 * waits) and restart, progress and logs visible before the end, and a job routed to a queue no worker consumes.
 */
@Execution(ExecutionMode.CONCURRENT)
class JobLifecycleTest extends JobFlow {
    private static final String SECRET = "s3cr3t-T0ken-value";

    @Test
    void secretValuesNeverAppearInReadsOrLogs() {
        String id = submit("secrets");
        JsonNode job = awaitJobEnd(id);
        assertThat(job.path("state").asText()).as(describe(job)).isEqualTo("COMPLETED");
        assertThat(job.path("result").asText()).isEqualTo("length " + SECRET.length());

        assertThat(api.get("/jobs/" + id).text()).doesNotContain(SECRET).contains("visible-value");
        Api.Response list = api.get("/jobs?q=secrets&size=20");
        assertThat(list.body().path("items").findValuesAsText("id")).contains(id);
        assertThat(list.text()).doesNotContain(SECRET);
        String taskId = execution(job).getFirst().path("id").asText();
        Api.Response task = api.get("/tasks/" + taskId);
        assertThat(task.status()).isEqualTo(200);
        assertThat(task.text()).doesNotContain(SECRET);
        assertThat(task.body().path("env").path("TOKEN").asText()).isEqualTo("[REDACTED]");
        assertThat(task.body().path("env").path("PLAIN").asText()).isEqualTo("visible-value");

        String log = jobLog(id);
        assertThat(log).contains("plain is visible-value").contains("token is [REDACTED]").doesNotContain(SECRET);
        assertThat(api.get("/tasks/" + taskId + "/log").text()).doesNotContain(SECRET);
    }

    @Test
    void secretsPassedToASubJobStayHiddenInBothJobs() {
        String id = submit("secrets_subjob");
        JsonNode job = awaitJobEnd(id);
        assertThat(job.path("state").asText()).as(describe(job)).isEqualTo("COMPLETED");
        String childId = taskNamed(job, "pass the secret down").path("subjob").path("id").asText();
        JsonNode child = job(childId);
        assertThat(child.path("state").asText()).isEqualTo("COMPLETED");

        assertThat(api.get("/jobs/" + id).text()).doesNotContain(SECRET);
        assertThat(api.get("/jobs/" + childId).text()).doesNotContain(SECRET);
        assertThat(api.get("/tasks/" + execution(job).getFirst().path("id").asText()).text()).doesNotContain(SECRET);
        assertThat(api.get("/tasks/" + execution(child).getFirst().path("id").asText()).text()).doesNotContain(SECRET);
        assertThat(jobLog(childId)).contains("child token is [REDACTED]").doesNotContain(SECRET);
        assertThat(api.get("/jobs?size=20").text()).doesNotContain(SECRET);
    }

    @Test
    void aSecretInAFailingExpressionIsRedactedFromTheError() {
        String id = submit("secrets_in_error");
        JsonNode job = awaitJobEnd(id);
        assertThat(job.path("state").asText()).as(describe(job)).isEqualTo("FAILED");
        assertThat(job.path("error").asText()).contains("env.DATA");
        assertThat(api.get("/jobs/" + id).text()).doesNotContain(SECRET);
        assertThat(api.get("/tasks/" + execution(job).getFirst().path("id").asText()).text()).doesNotContain(SECRET);
        Api.Response list = api.get("/jobs?q=failing&size=20");
        assertThat(list.body().path("items").findValuesAsText("id")).contains(id);
        assertThat(list.text()).doesNotContain(SECRET);
    }

    @Test
    void cancelStopsTheRunningContainerAndRestartFinishesTheJob() {
        String id = submit("cancel_restart");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> runningTask(job(id), "blocks the first time") != null);
        String blockedTaskId = runningTask(job(id), "blocks the first time").path("id").asText();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(taskLog(blockedTaskId))
                .as(() -> "the task logs that it blocks: " + describe(job(id))).contains("blocking"));

        Api.Response cancel = api.put("/jobs/" + id + "/cancel");
        assertThat(cancel.status()).as(cancel.text()).isEqualTo(200);
        JsonNode cancelled = awaitJobState(id, "CANCELLED");
        assertThat(taskNamed(cancelled, "blocks the first time").path("state").asText()).isEqualTo("CANCELLED");
        assertThat(taskNamed(cancelled, "note the time").path("state").asText()).isEqualTo("COMPLETED");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(Docker.leftoversOf(List.of(blockedTaskId))).isEmpty());

        // The task blocks only during the first 20 seconds after "note the time" (a margin for a busy Docker host):
        // restarting later lets it finish.
        long t0 = Long.parseLong(taskNamed(cancelled, "note the time").path("result").asText());
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> Instant.now().getEpochSecond() >= t0 + 21);
        Api.Response restart = api.put("/jobs/" + id + "/restart");
        assertThat(restart.status()).as(restart.text()).isEqualTo(200);
        JsonNode job = awaitJobEnd(id);
        assertThat(job.path("state").asText()).as(describe(job)).isEqualTo("COMPLETED");
        assertThat(job.path("result").asText()).isEqualTo("finished");
        assertThat(states(job)).containsExactly("COMPLETED", "CANCELLED", "COMPLETED");
        assertThat(tasksNamed(job, "note the time")).hasSize(1);
    }

    @Test
    void cancellingAParentCancelsItsRunningSubJobAndTheOtherWayRound() {
        String parentCancelled = submit("subjob_long");
        String childCancelled = submit("subjob_long");
        String childOfFirst = runningChildOf(parentCancelled);
        String childOfSecond = runningChildOf(childCancelled);

        assertThat(api.put("/jobs/" + parentCancelled + "/cancel").status()).isEqualTo(200);
        assertThat(api.put("/jobs/" + childOfSecond + "/cancel").status()).isEqualTo(200);

        assertThat(awaitJobState(parentCancelled, "CANCELLED").path("state").asText()).isEqualTo("CANCELLED");
        JsonNode downwards = awaitJobState(childOfFirst, "CANCELLED");
        assertThat(states(downwards)).containsExactly("CANCELLED");
        JsonNode upwards = awaitJobState(childCancelled, "CANCELLED");
        assertThat(states(upwards)).containsExactly("CANCELLED");
        assertThat(states(job(childOfSecond))).containsExactly("CANCELLED");
    }

    /**
     * Cancelling is meant to hit a container that runs: its first log line proves it started (a task reported
     * RUNNING may still be creating its container).
     */
    private void awaitLogOfRunningTask(String jobId, String taskName, String line) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            JsonNode running = runningTask(job(jobId), taskName);
            return running != null && taskLog(running.path("id").asText()).contains(line);
        });
    }

    /** Waits until the job's sub-job task has launched a sub-job whose task runs, and returns the sub-job's id. */
    private String runningChildOf(String parentId) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            String childId = taskNamed(job(parentId), "long subjob").path("subjob").path("id").asText("");
            if (childId.isEmpty()) return false;
            JsonNode running = runningTask(job(childId), "child sleeps");
            return running != null && taskLog(running.path("id").asText()).contains("child running");
        });
        return taskNamed(job(parentId), "long subjob").path("subjob").path("id").asText();
    }

    @Test
    void restartingAFailedJobRunsItsFailedStepAgain() {
        String id = submit("each_fails");
        JsonNode failed = awaitJobEnd(id);
        assertThat(failed.path("state").asText()).as(describe(failed)).isEqualTo("FAILED");
        int rowsBefore = execution(failed).size();

        Api.Response restart = api.put("/jobs/" + id + "/restart");
        assertThat(restart.status()).as(restart.text()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).until(() -> {
            JsonNode j = job(id);
            return j.path("state").asText().equals("FAILED") && execution(j).size() > rowsBefore;
        });
        JsonNode again = job(id);
        assertThat(tasksNamed(again, "one at a time")).hasSize(2);
        assertThat(tasksNamed(again, "item 0")).extracting(t -> t.path("state").asText())
                .containsExactly("COMPLETED", "COMPLETED");
        assertThat(tasksNamed(again, "item 1")).extracting(t -> t.path("state").asText())
                .containsExactly("FAILED", "FAILED");
        assertThat(api.put("/jobs/" + id + "/cancel").status()).as("a failed job is not running").isEqualTo(400);
    }

    @Test
    void progressWrittenByTheTaskIsVisibleWhileItRuns() {
        String id = submit("progress");
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(() -> {
            JsonNode running = runningTask(job(id), "half way");
            return running != null && running.path("progress").asDouble() == 50.0;
        });
        assertThat(job(id).path("progress").asDouble()).isEqualTo(50.0);
        JsonNode job = awaitJobEnd(id);
        assertThat(job.path("state").asText()).as(describe(job)).isEqualTo("COMPLETED");
    }

    @Test
    void logsOfALongTaskAreReadableWhileItRuns() {
        String id = submit("streaming_log");
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() -> {
            JsonNode running = runningTask(job(id), "chatty");
            return running != null && taskLog(running.path("id").asText()).contains("line 2");
        });
        JsonNode during = taskNamed(job(id), "chatty");
        assertThat(during.path("state").asText()).as("the task has not ended yet").isEqualTo("RUNNING");
        assertThat(taskLog(during.path("id").asText())).doesNotContain("line 5");

        JsonNode job = awaitJobEnd(id);
        assertThat(job.path("state").asText()).as(describe(job)).isEqualTo("COMPLETED");
        assertThat(taskLog(during.path("id").asText()))
                .contains("line 1").contains("line 2").contains("line 3").contains("line 4").contains("line 5");
    }

    @Test
    void aTaskRoutedToAQueueWithoutWorkersWaitsThere() throws InterruptedException {
        String id = submit("other_queue");
        JsonNode job = awaitJobState(id, "SCHEDULED");
        JsonNode task = taskNamed(job, "waits forever");
        assertThat(task.path("state").asText()).isEqualTo("SCHEDULED");
        assertThat(task.path("queue").asText()).isEqualTo("other");
        Api.Response queue = api.get("/queues/other");
        assertThat(queue.status()).as(queue.text()).isEqualTo(200);
        assertThat(queue.body().path("size").asInt()).isEqualTo(1);
        // While it waits, jobs on the consumed queue still run.
        JsonNode hello = awaitJobEnd(submit("hello"));
        assertThat(hello.path("state").asText()).isEqualTo("COMPLETED");
        assertThat(job(id).path("state").asText()).isEqualTo("SCHEDULED");

        assertThat(api.put("/jobs/" + id + "/cancel").status()).isEqualTo(200);
        assertThat(awaitJobState(id, "CANCELLED").path("state").asText()).isEqualTo("CANCELLED");
    }

    @Test
    void waitingOnAJobThatGetsCancelledReturnsTheCancelledJob() throws Exception {
        var waiting = CompletableFuture.supplyAsync(
                () -> api.post("/jobs", "text/yaml", fixture("wait_cancelled")));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> runningJobNamed("waited on and cancelled") != null);
        String id = runningJobNamed("waited on and cancelled");
        remember(id);
        awaitLogOfRunningTask(id, "long", "waiting");
        assertThat(api.put("/jobs/" + id + "/cancel").status()).isEqualTo(200);

        Api.Response answered = waiting.get(30, TimeUnit.SECONDS);
        assertThat(answered.status()).as(answered.text()).isEqualTo(200);
        assertThat(answered.body().path("id").asText()).isEqualTo(id);
        assertThat(answered.body().path("state").asText()).isEqualTo("CANCELLED");
    }

    private String runningJobNamed(String name) {
        for (JsonNode summary : api.get("/jobs?size=20").body().path("items")) {
            if (summary.path("name").asText().equals(name) && summary.path("state").asText().equals("RUNNING")) {
                return summary.path("id").asText();
            }
        }
        return null;
    }

    private static JsonNode runningTask(JsonNode job, String name) {
        return execution(job).stream()
                .filter(t -> t.path("name").asText().equals(name) && t.path("state").asText().equals("RUNNING"))
                .findFirst().orElse(null);
    }
}
