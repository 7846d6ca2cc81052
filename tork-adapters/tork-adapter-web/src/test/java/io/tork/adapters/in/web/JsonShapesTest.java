package io.tork.adapters.in.web;

import static io.tork.adapters.in.web.FakeApplication.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tork.adapters.in.web.view.JobSummaryView;
import io.tork.adapters.in.web.view.JobView;
import io.tork.adapters.in.web.view.TaskView;
import io.tork.domain.job.Job;
import io.tork.domain.job.JobKind;
import io.tork.domain.spec.AutoDelete;
import io.tork.domain.spec.JobDefaults;
import io.tork.domain.spec.JobSpec;
import io.tork.domain.spec.Limits;
import io.tork.domain.spec.Permission;
import io.tork.domain.spec.Probe;
import io.tork.domain.spec.RetryPolicy;
import io.tork.domain.spec.SubJobSpec;
import io.tork.domain.spec.TaskSpec;
import io.tork.domain.spec.Webhook;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Field names and presence rules of the rendered JSON (reference §2.6). */
class JsonShapesTest {
    private final JsonResponses responses = new JsonResponses();

    @Test
    void aMinimalJobKeepsOnlyItsAlwaysPresentFields() {
        JobSpec spec = new JobSpec("j", null, null, null, null, null, null, null, null, null, null, null, null);
        Job job = Job.submitted("j1", JobKind.JOB, spec, NOW);

        JsonNode json = render(JobView.of(job, List.of()));

        assertThat(fieldNames(json)).containsExactlyInAnyOrder("id", "name", "state", "createdAt", "tasks",
                "execution", "position", "context");
        assertThat(json.path("context").path("job").path("id").asText()).isEqualTo("j1");
        assertThat(json.path("tasks").isArray()).isTrue();
    }

    @Test
    void aFullJobUsesTheReferencesFieldNames() {
        JobSpec spec = new JobSpec("j", "d", List.of("t"), Map.of("i", "1"), Map.of("s", "2"),
                List.of(TaskSpec.builder().name("a").build()), "{{ tasks.a }}",
                new JobDefaults(new RetryPolicy(2, null, null), new Limits("1", null), "1m", "q", 3),
                List.of(new Webhook("http://h", Map.of("H", "v"), "job.StateChange", "{{ true }}")),
                List.of(new Permission("bob", null)), new AutoDelete("1h"), null, "2h");
        Job job = Job.submitted("j1", JobKind.JOB, spec, NOW).schedule(NOW).withProgress(50);

        JsonNode json = render(JobView.of(job, List.of()));

        assertThat(fieldNames(json)).contains("description", "tags", "inputs", "secrets", "output", "defaults",
                "webhooks", "permissions", "autoDelete", "taskCount", "progress", "startedAt", "timeout");
        assertThat(json.path("defaults").toString())
                .isEqualTo("{\"retry\":{\"limit\":2},\"limits\":{\"cpus\":\"1\"},\"timeout\":\"1m\",\"queue\":\"q\",\"priority\":3}");
        assertThat(json.path("webhooks").get(0).toString())
                .isEqualTo("{\"url\":\"http://h\",\"headers\":{\"H\":\"v\"},\"event\":\"job.StateChange\",\"if\":\"{{ true }}\"}");
        assertThat(json.path("autoDelete").toString()).isEqualTo("{\"after\":\"1h\"}");
        assertThat(json.path("permissions").toString()).isEqualTo("[{\"user\":\"bob\"}]");
    }

    @Test
    void aSummaryAlwaysHasItsPosition() {
        JsonNode json = render(JobSummaryView.of(Fixtures.job("j1")));

        assertThat(fieldNames(json)).containsExactlyInAnyOrder("id", "name", "state", "createdAt", "position",
                "taskCount");
    }

    @Test
    void aTaskDefinitionRendersFlatWithTheLanguagesNames() {
        TaskSpec sidecar = TaskSpec.builder().name("side").probe(new Probe("/ready", 8080, "5s")).build();
        TaskSpec spec = TaskSpec.builder().name("t").condition("{{ x }}").limits(new Limits(null, null))
                .sidecars(List.of(sidecar))
                .subjob(new SubJobSpec("sub", null, List.of(TaskSpec.builder().name("c").build()), null, null,
                        new AutoDelete("5m"), null, true, null))
                .build();

        JsonNode json = render(TaskView.ofDefinition(spec));

        assertThat(fieldNames(json)).containsExactlyInAnyOrder("name", "if", "limits", "sidecars", "subjob");
        assertThat(json.path("limits").toString()).isEqualTo("{}");
        assertThat(json.path("sidecars").get(0).path("probe").toString())
                .isEqualTo("{\"path\":\"/ready\",\"port\":8080,\"timeout\":\"5s\"}");
        assertThat(json.path("subjob").toString())
                .isEqualTo("{\"name\":\"sub\",\"tasks\":[{\"name\":\"c\"}],\"autoDelete\":{\"after\":\"5m\"},\"detached\":true}");
    }

    @Test
    void timestampsAreRfc3339InUtc() {
        JsonNode json = render(JobSummaryView.of(Job.submitted("j", JobKind.JOB, JobSpec.of("n", List.of()),
                java.time.Instant.parse("2026-01-02T03:04:05Z"))));

        assertThat(json.path("createdAt").asText()).isEqualTo("2026-01-02T03:04:05Z");
    }

    private JsonNode render(Object view) {
        try {
            return new ObjectMapper().readTree(responses.render(view, false));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> fieldNames(JsonNode json) {
        List<String> names = new java.util.ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
