package io.tork.domain.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JobContextTest {
    private final JobContext context = JobContext.of("job-1", "my job", Map.of("size", "3"), Map.of("token", "t0k"));

    @Test
    void storesATaskResultUnderItsVar() {
        JobContext next = context.withTaskResult("first", "one").withTaskResult("second", "two");

        assertThat(next.tasks()).containsExactly(Map.entry("first", "one"), Map.entry("second", "two"));
        assertThat(context.tasks()).as("the original is unchanged").isEmpty();
    }

    @Test
    void aLaterResultReplacesAnEarlierOneOfTheSameVar() {
        assertThat(context.withTaskResult("v", "old").withTaskResult("v", "new").tasks()).containsExactly(Map.entry("v", "new"));
    }

    @Test
    void ignoresABlankVar() {
        assertThat(context.withTaskResult(null, "r")).isSameAs(context);
        assertThat(context.withTaskResult("", "r")).isSameAs(context);
        assertThat(context.withTaskResult("   ", "r")).isSameAs(context);
    }

    @Test
    void ignoresAMissingOrEmptyResult() {
        assertThat(context.withTaskResult("v", null)).isSameAs(context);
        assertThat(context.withTaskResult("v", "")).isSameAs(context);
    }

    @Test
    void asMapExposesInputsSecretsTasksAndJob() {
        Map<String, Object> map = context.withTaskResult("v", "r").asMap();

        assertThat(map).containsOnlyKeys("inputs", "secrets", "tasks", "job");
        assertThat(map.get("inputs")).isEqualTo(Map.of("size", "3"));
        assertThat(map.get("secrets")).isEqualTo(Map.of("token", "t0k"));
        assertThat(map.get("tasks")).isEqualTo(Map.of("v", "r"));
        assertThat(map.get("job")).isEqualTo(Map.of("id", "job-1", "name", "my job"));
    }

    @Test
    void asMapCanNotBeChanged() {
        Map<String, Object> map = context.asMap();

        assertThatThrownBy(() -> map.put("extra", "x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void missingMapsBecomeEmptyAndAMissingNameBecomesEmptyText() {
        JobContext bare = JobContext.of("j", null, null, null);

        assertThat(bare.inputs()).isEmpty();
        assertThat(bare.secrets()).isEmpty();
        assertThat(bare.job()).containsEntry("name", "");
    }

    @Test
    void copiesWhatItIsGiven() {
        Map<String, String> inputs = new HashMap<>(Map.of("a", "1"));
        JobContext copy = new JobContext(inputs, null, null, null);
        inputs.put("b", "2");

        assertThat(copy.inputs()).containsOnlyKeys("a");
        assertThatThrownBy(() -> copy.inputs().put("c", "3")).isInstanceOf(UnsupportedOperationException.class);
    }
}
