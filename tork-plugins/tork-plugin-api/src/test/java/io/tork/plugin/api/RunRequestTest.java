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
                null, null, null, null, false);

        assertThat(request.cmd()).isEmpty();
        assertThat(request.entrypoint()).isEmpty();
        assertThat(request.env()).isEmpty();
        assertThat(request.files()).isEmpty();
        assertThat(request.mounts()).isEmpty();
        assertThat(request.networks()).isEmpty();
        assertThat(request.pre()).isEmpty();
        assertThat(request.post()).isEmpty();
        assertThat(request.limits()).isEqualTo(ResourceLimits.NONE);
        assertThat(request.timeout()).isNull();
        assertThat(request.stdoutAsResult()).isFalse();
    }

    @Test
    void collectionsAreImmutableCopies() {
        List<String> cmd = new ArrayList<>(List.of("echo", "hi"));
        Map<String, String> env = new HashMap<>(Map.of("A", "1"));
        RunRequest request = RunRequest.builder("t1", "j1", 1).image("alpine").cmd(cmd).env(env).build();

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
        RunRequest script = RunRequest.builder("t1", "j1", 1).run("echo hi").build();
        RunRequest blank = RunRequest.builder("t1", "j1", 1).cmd("echo").run("  ").build();

        assertThat(script.isScript()).isTrue();
        assertThat(blank.isScript()).isFalse();
    }

    @Test
    void stepsAroundTheTaskAreFlat() {
        RunRequest step = RunRequest.builder("t1", "j1", 1).run("echo pre").build();
        RunRequest nested = RunRequest.builder("t1", "j1", 1).run("echo nested").pre(List.of(step)).build();
        RunRequest withMount = RunRequest.builder("t1", "j1", 1).run("echo mounted")
                .mounts(List.of(new MountSpec("volume", null, "/data", null))).build();

        assertThat(RunRequest.builder("t1", "j1", 1).run("main").pre(List.of(step)).post(List.of(step)).build().pre())
                .containsExactly(step);
        assertThatThrownBy(() -> RunRequest.builder("t1", "j1", 1).pre(List.of(nested)).build())
                .hasMessageContaining("pre and post steps have no pre, post or mounts of their own");
        assertThatThrownBy(() -> RunRequest.builder("t1", "j1", 1).post(List.of(withMount)).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static RunRequest request(String taskId, String jobId, int attempt, Duration timeout) {
        return RunRequest.builder(taskId, jobId, attempt).image("alpine").timeout(timeout).build();
    }
}
