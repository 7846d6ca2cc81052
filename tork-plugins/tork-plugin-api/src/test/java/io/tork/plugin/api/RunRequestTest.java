package io.tork.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RunRequestTest {

    @Test
    void absentCollectionsAndLimitsBecomeEmpty() {
        RunRequest request = new RunRequest("t1", "j1", 1, "alpine", null, null, null, null, null, null, null, null,
                null, null);

        assertThat(request.cmd()).isEmpty();
        assertThat(request.entrypoint()).isEmpty();
        assertThat(request.env()).isEmpty();
        assertThat(request.files()).isEmpty();
        assertThat(request.mounts()).isEmpty();
        assertThat(request.networks()).isEmpty();
        assertThat(request.limits()).isEqualTo(ResourceLimits.NONE);
        assertThat(request.timeout()).isNull();
    }

    @Test
    void collectionsAreImmutableCopies() {
        List<String> cmd = new ArrayList<>(List.of("echo", "hi"));
        Map<String, String> env = new HashMap<>(Map.of("A", "1"));
        RunRequest request = new RunRequest("t1", "j1", 1, "alpine", cmd, null, null, env, null, null, null, null,
                null, null);

        cmd.add("changed");
        env.put("B", "2");

        assertThat(request.cmd()).containsExactly("echo", "hi");
        assertThat(request.env()).containsOnlyKeys("A");
        assertThatThrownBy(() -> request.cmd().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void requiresTaskAndJobIds() {
        assertThatThrownBy(() -> request(" ", "j1", 1, null)).hasMessage("taskId is required");
        assertThatThrownBy(() -> request(null, "j1", 1, null)).hasMessage("taskId is required");
        assertThatThrownBy(() -> request("t1", "", 1, null)).hasMessage("jobId is required");
    }

    @Test
    void attemptsCountFromOne() {
        assertThatThrownBy(() -> request("t1", "j1", 0, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("attempt must be 1 or more");
        assertThat(request("t1", "j1", 3, null).attempt()).isEqualTo(3);
    }

    @Test
    void timeoutMustBePositiveWhenPresent() {
        assertThatThrownBy(() -> request("t1", "j1", 1, Duration.ZERO)).hasMessageContaining("timeout must be positive");
        assertThatThrownBy(() -> request("t1", "j1", 1, Duration.ofSeconds(-1))).hasMessageContaining("timeout");
        assertThat(request("t1", "j1", 1, Duration.ofSeconds(5)).timeout()).hasSeconds(5);
    }

    @Test
    void isAScriptOnlyWhenRunHasText() {
        RunRequest script = new RunRequest("t1", "j1", 1, null, null, null, "echo hi", null, null, null, null, null,
                null, null);
        RunRequest blank = new RunRequest("t1", "j1", 1, null, List.of("echo"), null, "  ", null, null, null, null,
                null, null, null);

        assertThat(script.isScript()).isTrue();
        assertThat(blank.isScript()).isFalse();
    }

    private static RunRequest request(String taskId, String jobId, int attempt, Duration timeout) {
        return new RunRequest(taskId, jobId, attempt, "alpine", null, null, null, null, null, null, null, null, timeout,
                null);
    }
}
