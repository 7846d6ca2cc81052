package io.tork.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class JobsTest {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aOneTaskJobNamesItsImageOnlyWhenGivenOne() throws Exception {
        JsonNode container = json.readTree(Jobs.oneTask("busybox:latest"));
        assertThat(container.at("/tasks/0/image").asText()).isEqualTo("busybox:latest");
        assertThat(container.at("/tasks/0/run").asText()).isEqualTo("true");
        assertThat(json.readTree(Jobs.oneTask(null)).at("/tasks/0").has("image")).isFalse();
    }

    @Test
    void aSequentialJobHasThatManyContainerTasks() throws Exception {
        JsonNode job = json.readTree(Jobs.sequential(20, "busybox:latest"));
        assertThat(job.path("tasks")).hasSize(20);
        assertThat(job.at("/tasks/19/cmd/0").asText()).isEqualTo("true");
    }

    @Test
    void anEachJobFansOutOverASequence() throws Exception {
        JsonNode each = json.readTree(Jobs.each(100_000, 200, "busybox:latest")).at("/tasks/0/each");
        assertThat(each.path("list").asText()).isEqualTo("{{ sequence(0, 100000) }}");
        assertThat(each.path("concurrency").asInt()).isEqualTo(200);
        assertThat(each.at("/task/name").asText()).isEqualTo("item");
    }
}
