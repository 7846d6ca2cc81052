package io.tork.adapters.in.web;

import static io.tork.adapters.in.web.FakeApplication.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.tork.domain.spec.TaskSpec;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** No response carries a secret: job, list, task and log reads all pass through the job's redactor. */
class RedactionApiTest extends ApiTestSupport {
    private static final String SECRET = "s3cr3t-value";

    @BeforeEach
    void aJobWithSecrets() {
        TaskSpec task = TaskSpec.builder().name("deploy").image("busybox")
                .cmd("deploy", "--token=" + SECRET)
                .env(Map.of("DB_PASSWORD", "plain-password", "TOKEN", SECRET))
                .build();
        app.add(Fixtures.jobWithSecrets("j1", Map.of("AWS_ACCESS_KEY_ID", "AKIA", "target", "prod " + SECRET),
                Map.of("token", SECRET), task).schedule(NOW).markRunning());
        app.add(Fixtures.runningTask("t1", "j1", task, NOW).complete("deployed with " + SECRET, NOW));
        app.logs.add(Fixtures.logPart("t1", 1, "using token " + SECRET));
    }

    @Test
    void theFullJobIsRedacted() {
        String body = api.get("/jobs/j1").body();

        assertThat(body).doesNotContain(SECRET, "plain-password", "AKIA");
        assertThat(body).contains("\"secrets\":{\"token\":\"[REDACTED]\"}");
        assertThat(body).contains("\"AWS_ACCESS_KEY_ID\":\"[REDACTED]\"");
        assertThat(body).contains("\"target\":\"prod [REDACTED]\"");
        assertThat(body).contains("\"result\":\"deployed with [REDACTED]\"");
    }

    @Test
    void listSummariesAreRedacted() {
        String body = api.get("/jobs").body();

        assertThat(body).contains("j1").doesNotContain(SECRET, "AKIA");
    }

    @Test
    void tasksAreRedactedWithTheirJobsSecrets() {
        String body = api.get("/tasks/t1").body();

        assertThat(body).contains("--token=[REDACTED]").doesNotContain(SECRET, "plain-password");
    }

    @Test
    void logsAreRedacted() {
        String taskLog = api.get("/tasks/t1/log").body();
        String jobLog = api.get("/jobs/j1/log").body();

        assertThat(taskLog).contains("using token [REDACTED]").doesNotContain(SECRET);
        assertThat(jobLog).contains("using token [REDACTED]").doesNotContain(SECRET);
    }

    @Test
    void aSubmissionsSummaryIsRedacted() {
        String body = api.post("/jobs", "text/yaml", """
                name: x
                inputs:
                  password: hunter2
                  url: http://hunter2@host
                secrets:
                  pw: hunter2
                tasks:
                  - name: a
                """).body();

        assertThat(body).doesNotContain("hunter2").contains("[REDACTED]");
    }
}
