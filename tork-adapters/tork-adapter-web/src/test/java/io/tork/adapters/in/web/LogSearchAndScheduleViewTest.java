package io.tork.adapters.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tork.domain.job.Job;
import io.tork.domain.job.JobSchedule;
import io.tork.domain.spec.JobSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogSearchAndScheduleViewTest extends ApiTestSupport {

    @Test
    void qSearchesATasksLogAndTheTotalsCountOnlyTheMatches() {
        app.add(Fixtures.job("j1"));
        app.add(Fixtures.task("t1", "j1", Fixtures.echoTask()));
        app.logs.add(Fixtures.logPart("t1", 1, "pulling image"));
        app.logs.add(Fixtures.logPart("t1", 2, "error: disk full"));
        app.logs.add(Fixtures.logPart("t1", 3, "error: retrying"));

        JsonNode page = api.get("/tasks/t1/log?q=error").json();

        assertThat(app.logSearches).containsExactly("error");
        assertThat(page.path("totalItems").asInt()).isEqualTo(2);
        assertThat(page.path("items")).extracting(i -> i.path("contents").asText())
                .containsExactly("error: disk full", "error: retrying");
    }

    @Test
    void qSearchesAJobsLog() {
        app.add(Fixtures.job("j1"));
        app.add(Fixtures.task("t1", "j1", Fixtures.echoTask()));
        app.logs.add(Fixtures.logPart("t1", 1, "hello"));
        app.logs.add(Fixtures.logPart("t1", 2, "goodbye"));

        JsonNode page = api.get("/jobs/j1/log?q=goodbye").json();

        assertThat(page.path("totalItems").asInt()).isEqualTo(1);
        assertThat(page.path("items").get(0).path("contents").asText()).isEqualTo("goodbye");
    }

    @Test
    void aLogWithoutQHasEveryPart() {
        app.add(Fixtures.job("j1"));
        app.add(Fixtures.task("t1", "j1", Fixtures.echoTask()));
        app.logs.add(Fixtures.logPart("t1", 1, "hello"));

        assertThat(api.get("/tasks/t1/log").json().path("totalItems").asInt()).isEqualTo(1);
    }

    @Test
    void aJobCreatedByAScheduledJobNamesItInItsSummaryAndInFull() {
        JobSpec spec = JobSpec.of("tick", List.of(Fixtures.echoTask()));
        app.add(Job.scheduled("j9", new JobSchedule("sched-1", "@daily"), spec, FakeApplication.NOW));

        JsonNode summary = api.get("/jobs").json().path("items").get(0);
        JsonNode full = api.get("/jobs/j9").json();

        assertThat(summary.path("schedule").toString()).isEqualTo("{\"id\":\"sched-1\",\"cron\":\"@daily\"}");
        assertThat(full.path("schedule").path("id").asText()).isEqualTo("sched-1");
        assertThat(api.get("/jobs").body()).doesNotContain("scheduledBy");
    }
}
