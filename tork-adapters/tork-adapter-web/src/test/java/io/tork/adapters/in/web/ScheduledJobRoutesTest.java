package io.tork.adapters.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tork.domain.schedule.ScheduledJobSpec;
import io.tork.domain.schedule.ScheduledJobState;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ScheduledJobRoutesTest extends ApiTestSupport {
    private static final String SECRET = "hunter2-canary";
    private static final String YAML = """
            name: nightly report
            description: sends the report
            tags: [reports]
            inputs:
              recipient: boss@example.com
              db_password: also-hidden
            secrets:
              token: %s
            schedule:
              cron: "0 2 * * *"
            webhooks:
              - url: http://example.com/hook
                headers:
                  Authorization: "Bearer {{ secrets.token }}"
                  X-Copy: "%s"
                if: "{{ job.state == 'COMPLETED' }}"
            tasks:
              - name: send
                image: alpine:3.18
                env:
                  TOKEN: "{{ secrets.token }}"
                  LITERAL: "%s"
                run: echo sent
            """.formatted(SECRET, SECRET, SECRET);

    @Test
    void createsAScheduledJobFromYamlAndAnswersItsSummary() {
        var r = api.post("/scheduled-jobs", "text/yaml", YAML);

        assertThat(r.status()).isEqualTo(200);
        JsonNode json = r.json();
        assertThat(json.path("id").asText()).isEqualTo("sched-1");
        assertThat(json.path("name").asText()).isEqualTo("nightly report");
        assertThat(json.path("state").asText()).isEqualTo("ACTIVE");
        assertThat(json.path("cron").asText()).isEqualTo("0 2 * * *");
        assertThat(json.path("nextRunAt").asText()).isEqualTo("2026-01-02T04:00:00Z");
        assertThat(json.path("inputs").path("db_password").asText()).isEqualTo("[REDACTED]");
        assertThat(r.body()).doesNotContain(SECRET);

        ScheduledJobSpec spec = app.scheduledJobs.created.getFirst();
        assertThat(spec.cron()).isEqualTo("0 2 * * *");
        assertThat(spec.webhooks().getFirst().condition()).isEqualTo("{{ job.state == 'COMPLETED' }}");
        assertThat(spec.secrets()).containsEntry("token", SECRET);
    }

    @Test
    void createsAScheduledJobFromJson() {
        var r = api.post("/scheduled-jobs", "application/json; charset=utf-8", """
                {"name": "every minute", "schedule": {"cron": "@hourly"},
                 "tasks": [{"name": "t", "image": "alpine:3.18", "run": "true"}]}""");

        assertThat(r.status()).isEqualTo(200);
        assertThat(app.scheduledJobs.created.getFirst().cron()).isEqualTo("@hourly");
    }

    @Test
    void anInvalidCronIsA400NamingTheField() {
        var r = api.post("/scheduled-jobs", "application/json", """
                {"name": "bad", "schedule": {"cron": "bad"}, "tasks": [{"name": "t", "image": "a"}]}""");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.message()).startsWith("schedule.cron: ");
        assertThat(r.json().path("errors").get(0).path("field").asText()).isEqualTo("schedule.cron");
    }

    @Test
    void unknownFieldsAndWaitAreRefused() {
        var unknown = api.post("/scheduled-jobs", "text/yaml", "name: x\nschedule:\n  cron: '* * * * *'\n  every: 5\n");
        var wait = api.post("/scheduled-jobs", "application/json", """
                {"name": "x", "schedule": {"cron": "* * * * *"}, "wait": {"timeout": "1m"}, "tasks": []}""");

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.message()).contains("every");
        assertThat(wait.status()).isEqualTo(400);
        assertThat(wait.message()).contains("wait");
    }

    @Test
    void aMissingOrUnknownContentTypeIsA400() {
        assertThat(api.post("/scheduled-jobs", null, "{}").status()).isEqualTo(400);
        assertThat(api.post("/scheduled-jobs", "text/plain", "x").message()).startsWith("unknown content type");
    }

    @Test
    void readsAScheduledJobWithItsSecretsRedacted() {
        String id = api.post("/scheduled-jobs", "text/yaml", YAML).json().path("id").asText();

        var r = api.get("/scheduled-jobs/" + id);

        assertThat(r.status()).isEqualTo(200);
        JsonNode json = r.json();
        assertThat(json.path("secrets").path("token").asText()).isEqualTo("[REDACTED]");
        assertThat(json.path("tasks").get(0).path("env").path("LITERAL").asText()).isEqualTo("[REDACTED]");
        assertThat(json.path("tasks").get(0).path("env").path("TOKEN").asText()).isEqualTo("{{ secrets.token }}");
        assertThat(json.path("webhooks").get(0).path("headers").path("X-Copy").asText()).isEqualTo("[REDACTED]");
        assertThat(json.path("webhooks").get(0).path("if").asText()).isEqualTo("{{ job.state == 'COMPLETED' }}");
        assertThat(json.path("cron").asText()).isEqualTo("0 2 * * *");
        assertThat(r.body()).doesNotContain(SECRET);
    }

    @Test
    void listsScheduledJobsNewestFirstInPages() {
        IntStream.rangeClosed(1, 3).forEach(i -> api.post("/scheduled-jobs", "text/yaml", YAML));

        var r = api.get("/scheduled-jobs?page=1&size=2");

        assertThat(r.status()).isEqualTo(200);
        JsonNode json = r.json();
        assertThat(json.path("items").get(0).path("id").asText()).isEqualTo("sched-3");
        assertThat(json.path("items")).hasSize(2);
        assertThat(json.path("totalItems").asInt()).isEqualTo(3);
        assertThat(json.path("totalPages").asInt()).isEqualTo(2);
        assertThat(r.body()).doesNotContain(SECRET);
        assertThat(api.get("/scheduled-jobs?page=x").status()).isEqualTo(400);
    }

    @Test
    void pausesAndResumes() {
        String id = api.post("/scheduled-jobs", "text/yaml", YAML).json().path("id").asText();

        assertThat(api.put("/scheduled-jobs/" + id + "/pause").json().path("status").asText()).isEqualTo("OK");
        assertThat(app.scheduledJobs.stored.get(id).state()).isEqualTo(ScheduledJobState.PAUSED);
        var pausedAgain = api.put("/scheduled-jobs/" + id + "/pause");
        assertThat(pausedAgain.status()).isEqualTo(400);
        assertThat(pausedAgain.message()).isEqualTo("scheduled job is not active");

        assertThat(api.put("/scheduled-jobs/" + id + "/resume").status()).isEqualTo(200);
        assertThat(app.scheduledJobs.stored.get(id).state()).isEqualTo(ScheduledJobState.ACTIVE);
        var resumedAgain = api.put("/scheduled-jobs/" + id + "/resume");
        assertThat(resumedAgain.status()).isEqualTo(400);
        assertThat(resumedAgain.message()).isEqualTo("scheduled job is not paused");
    }

    @Test
    void deletes() {
        String id = api.post("/scheduled-jobs", "text/yaml", YAML).json().path("id").asText();

        var r = api.delete("/scheduled-jobs/" + id);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("status").asText()).isEqualTo("OK");
        assertThat(app.scheduledJobs.deleted).containsExactly(id);
        assertThat(api.get("/scheduled-jobs/" + id).status()).isEqualTo(404);
    }

    @Test
    void unknownIdsAre404() {
        for (var r : java.util.List.of(api.get("/scheduled-jobs/nope"), api.put("/scheduled-jobs/nope/pause"),
                api.put("/scheduled-jobs/nope/resume"), api.delete("/scheduled-jobs/nope"))) {
            assertThat(r.status()).isEqualTo(404);
            assertThat(r.message()).isEqualTo("scheduled job not found");
        }
    }
}
