package io.tork.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Webhooks against a real engine and a local receiver: job and task state changes, {@code if} conditions,
 * templated headers, a retry after a 503. A canary secret is then searched for in every webhook payload, every API
 * answer about the job, and everything the engine logged.
 */
class WebhooksAndCanaryTest {
    private static final String CANARY = "canary-5ecret-8d1f";

    @Test
    void aReceiverGetsTheJobsStateChangesAndNoSecretLeavesTheEngine() throws Exception {
        try (CapturedLogs logs = CapturedLogs.capture();
             WebhookReceiver receiver = new WebhookReceiver().failing("/flaky", 1);
             ShellEngine engine = ShellEngine.start()) {
            Api.Response submitted = engine.api().post("/jobs", "text/yaml", """
                    name: webhook job
                    inputs:
                      note: plain input
                    secrets:
                      token: %s
                    webhooks:
                      - url: %s
                        headers:
                          Authorization: "Bearer {{ secrets.token }}"
                      - url: %s
                        if: "{{ job.state == 'COMPLETED' }}"
                      - url: %s
                        event: task.StateChange
                      - url: %s
                        if: "{{ job.State == 'COMPLETED' }}"
                      - url: %s
                        event: job.Progress
                    tasks:
                      - name: use the secret
                        env:
                          TOKEN: "{{ secrets.token }}"
                        run: |
                          echo "token is $TOKEN"
                          echo -n "result $TOKEN" > $TORK_OUTPUT
                      - name: second
                        run: echo second
                    """.formatted(CANARY, receiver.url("/job"), receiver.url("/done"), receiver.url("/tasks"),
                    receiver.url("/flaky"), receiver.url("/progress")));
            assertThat(submitted.status()).as(submitted.text()).isEqualTo(200);
            String id = submitted.body().path("id").asText();
            JsonNode job = engine.awaitJobEnd(id).body();
            assertThat(job.path("state").asText()).isEqualTo("COMPLETED");

            await().atMost(Duration.ofSeconds(30)).until(() -> states(receiver.calls("/job")).contains("COMPLETED")
                    && receiver.calls("/flaky").size() == 2 && receiver.calls("/done").size() == 1
                    && states(receiver.calls("/tasks")).stream().filter("COMPLETED"::equals).count() == 2);

            // every state the job entered, in order, to the default webhook, with the rendered header
            assertThat(states(receiver.calls("/job"))).containsExactly("PENDING", "SCHEDULED", "RUNNING", "COMPLETED");
            assertThat(receiver.calls("/job")).allSatisfy(call -> {
                assertThat(call.authorization()).isEqualTo("Bearer " + CANARY);
                assertThat(call.contentType()).isEqualTo("application/json; charset=UTF-8");
                assertThat(call.json().path("id").asText()).isEqualTo(id);
            });
            // the if: only the completion, with the job's summary
            JsonNode done = receiver.calls("/done").getFirst().json();
            assertThat(done.path("state").asText()).isEqualTo("COMPLETED");
            assertThat(done.path("name").asText()).isEqualTo("webhook job");
            assertThat(done.path("inputs").path("note").asText()).isEqualTo("plain input");
            assertThat(done.path("progress").asDouble()).isEqualTo(100.0);
            // task events carry the task's summary, each task through its states
            List<WebhookReceiver.Call> taskCalls = receiver.calls("/tasks");
            assertThat(taskCalls).allSatisfy(call -> assertThat(call.json().path("jobId").asText()).isEqualTo(id));
            assertThat(taskCalls.stream().filter(c -> c.json().path("name").asText().equals("use the secret"))
                    .map(c -> c.json().path("state").asText()).toList())
                    .containsExactly("PENDING", "SCHEDULED", "RUNNING", "COMPLETED");
            assertThat(taskCalls.stream().filter(c -> c.json().path("state").asText().equals("COMPLETED"))
                    .filter(c -> c.json().path("name").asText().equals("use the secret"))
                    .map(c -> c.json().path("result").asText()).toList()).containsExactly("result [REDACTED]");
            // a 503 is retried: the same completion arrives twice
            assertThat(receiver.calls("/flaky")).extracting(c -> c.json().path("state").asText())
                    .containsExactly("COMPLETED", "COMPLETED");
            // progress: half way after the first task, then done
            assertThat(receiver.calls("/progress")).extracting(c -> c.json().path("progress").asDouble())
                    .contains(50.0);

            // the canary: never in a payload, an API answer or a log line
            assertThat(receiver.all()).allSatisfy(call -> assertThat(call.body()).doesNotContain(CANARY));
            String taskId = job.path("execution").get(0).path("id").asText();
            for (String path : List.of("/jobs/" + id, "/jobs?size=20", "/jobs?q=webhook", "/jobs/" + id + "/log",
                    "/tasks/" + taskId, "/tasks/" + taskId + "/log", "/jobs/" + id + "/log?q=token")) {
                Api.Response answer = engine.api().get(path);
                assertThat(answer.status()).as(path).isEqualTo(200);
                assertThat(answer.text()).as(path).doesNotContain(CANARY);
            }
            assertThat(engine.api().get("/jobs/" + id + "/log").text()).contains("token is [REDACTED]");
            assertThat(logs.lines()).as("what the engine logged").isNotEmpty()
                    .noneMatch(line -> line.contains(CANARY));
        }
    }

    private static List<String> states(List<WebhookReceiver.Call> calls) {
        return calls.stream().map(c -> c.json().path("state").asText()).toList();
    }
}
