package io.tork.adapters.in.web;

import static io.tork.adapters.in.web.FakeApplication.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tork.application.port.out.Activity.JobChanged;
import io.tork.application.port.out.Activity.LogAppended;
import io.tork.domain.spec.TaskSpec;
import io.tork.domain.task.Task;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code GET /events}: job, task and log events as server-sent events, read again after each notice, redacted. */
class LiveEventsTest extends ApiTestSupport {
    private static final String SECRET = "canary-9f3a";
    private static final TaskSpec TASK = TaskSpec.builder().name("deploy").image("busybox")
            .env(Map.of("TOKEN", SECRET)).run("echo deploying").build();

    private Task running(String taskId, String jobId) {
        return app.add(Fixtures.runningTask(taskId, jobId, TASK, NOW));
    }

    @Test
    void aNoticeBecomesJobAndTaskEventsAfterTheReadyEvent() {
        app.add(Fixtures.job("j1").schedule(NOW).markRunning());
        try (SseClient sse = new SseClient(port(), "/events")) {
            assertThat(sse.status()).isEqualTo(200);
            assertThat(sse.contentType()).startsWith("text/event-stream");
            sse.awaitEvent("ready", 1);
            running("t1", "j1");

            app.announce(new JobChanged("j1"));

            sse.awaitEvent("task", 1);
            sse.awaitEvent("job", 1);
            assertThat(sse.events().getFirst().type()).isEqualTo("ready");
            assertThat(sse.events("job").getFirst().data()).contains("\"id\":\"j1\"", "\"state\":\"RUNNING\"");
            assertThat(sse.events("task").getFirst().data()).contains("\"id\":\"t1\"", "\"jobId\":\"j1\"",
                    "\"state\":\"RUNNING\"");
        }
    }

    @Test
    void onlyWhatChangedIsSentAgain() {
        app.add(Fixtures.job("j1").schedule(NOW).markRunning());
        Task first = running("t1", "j1");
        try (SseClient sse = new SseClient(port(), "/events?job=j1&types=task")) {
            sse.awaitEvent("ready", 1);
            app.announce(new JobChanged("j1"));
            sse.awaitEvent("task", 1);

            app.add(first.complete("done", NOW));
            app.add(Fixtures.task("t2", "j1", TASK));
            app.announce(new JobChanged("j1"));
            app.announce(new JobChanged("j1"));

            sse.awaitEvent("task", 3);
            app.add(Fixtures.task("t3", "j1", TASK));
            app.announce(new JobChanged("j1"));
            sse.awaitEvent("task", 4);
            assertThat(sse.events("task")).extracting(SseClient.Event::data)
                    .satisfiesExactly(
                            d -> assertThat(d).contains("\"id\":\"t1\"", "RUNNING"),
                            d -> assertThat(d).contains("\"id\":\"t1\"", "COMPLETED"),
                            d -> assertThat(d).contains("\"id\":\"t2\""),
                            d -> assertThat(d).contains("\"id\":\"t3\""));
            assertThat(sse.events("job")).isEmpty();
        }
    }

    @Test
    void aJobFilterKeepsOtherJobsOut() {
        app.add(Fixtures.job("j1").schedule(NOW).markRunning());
        app.add(Fixtures.job("j2").schedule(NOW).markRunning());
        running("t1", "j1");
        running("t2", "j2");
        try (SseClient sse = new SseClient(port(), "/events?job=j2")) {
            sse.awaitEvent("ready", 1);
            app.announce(new JobChanged("j1"));
            app.announce(new LogAppended(Fixtures.logPart("t1", 1, "from one\n")));
            app.announce(new JobChanged("j2"));
            app.announce(new LogAppended(Fixtures.logPart("t2", 1, "from two\n")));

            sse.awaitEvent("log", 1);
            sse.awaitEvent("task", 1);
            assertThat(sse.text()).doesNotContain("j1", "from one");
            assertThat(sse.events("log").getFirst().data()).contains("\"jobId\":\"j2\"", "\"taskId\":\"t2\"",
                    "\"contents\":\"from two\\n\"", "\"number\":1");
        }
    }

    @Test
    void nothingInTheStreamShowsASecret() {
        app.add(Fixtures.jobWithSecrets("j1", Map.of("target", "prod " + SECRET), Map.of("token", SECRET), TASK)
                .schedule(NOW).markRunning());
        running("t1", "j1");
        try (SseClient sse = new SseClient(port(), "/events")) {
            sse.awaitEvent("ready", 1);
            app.announce(new JobChanged("j1"));
            app.announce(new LogAppended(Fixtures.logPart("t1", 1, "token is " + SECRET + "\n")));

            sse.awaitEvent("log", 1);
            sse.awaitEvent("job", 1);
            sse.awaitEvent("task", 1);
            assertThat(sse.text()).doesNotContain(SECRET).contains("[REDACTED]");
            assertThat(sse.events("log").getFirst().data()).contains("token is [REDACTED]");
        }
    }

    @Test
    void badFiltersAreRefusedBeforeTheStreamStarts() {
        assertThat(api.get("/events?types=job,nope").status()).isEqualTo(400);
        assertThat(api.get("/events?types=job,nope").body()).contains("types: unknown event type 'nope'");
        assertThat(api.get("/events?job=missing").status()).isEqualTo(404);
        assertThat(api.get("/events?job=missing").body()).contains("job not found");
        assertThat(app.watchers).isEmpty();
    }

    @Test
    void noticesAreListenedToOnlyWhileAClientIsConnected() {
        // a departed client is noticed when the server next writes to it, so keep-alives come often here
        WebServer chatty = new WebServer(config(), app.services(), Duration.ofMillis(100));
        int port = chatty.start();
        try {
            assertThat(app.watchers).isEmpty();
            SseClient sse = new SseClient(port, "/events");
            sse.awaitEvent("ready", 1);
            assertThat(app.watchers).hasSize(1);
            await().atMost(Duration.ofSeconds(10)).until(() -> sse.text().contains(": keep-alive"));

            sse.close();

            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(app.watchers).isEmpty());
        } finally {
            chatty.stop();
        }
    }

    @Test
    void stoppingTheServerEndsTheStreams() {
        WebServer other = new WebServer(config(), app.services());
        int port = other.start();
        try (SseClient sse = new SseClient(port, "/events")) {
            sse.awaitEvent("ready", 1);
            other.stop();
            await().atMost(Duration.ofSeconds(10)).until(sse::ended);
        } finally {
            other.stop();
        }
    }
}
