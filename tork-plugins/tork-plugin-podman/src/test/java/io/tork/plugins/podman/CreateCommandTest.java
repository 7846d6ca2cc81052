package io.tork.plugins.podman;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tork.plugin.api.ResourceLimits;
import io.tork.plugin.api.RunRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CreateCommandTest {
    private TaskDirectory directory;

    @BeforeEach
    void folder() throws Exception {
        directory = TaskDirectory.create(RunRequest.builder("t", "j", 1).run("echo hi").build());
    }

    @AfterEach
    void removeFolder() {
        directory.close();
    }

    @Test
    void aScriptRunsAsShDashCOfTheEntrypointFile() throws Exception {
        List<String> args = args(RunRequest.builder("t", "j", 1).image("busybox").run("echo hi").build());

        assertThat(args).containsSubsequence("--entrypoint", "[\"sh\",\"-c\"]", "busybox", "/tork/entrypoint");
        assertThat(args.getLast()).isEqualTo("/tork/entrypoint");
    }

    @Test
    void aCommandKeepsTheImagesEntrypointUnlessOneIsGiven() throws Exception {
        assertThat(args(RunRequest.builder("t", "j", 1).image("busybox").cmd("echo", "a b").build()))
                .doesNotContain("--entrypoint").endsWith("busybox", "echo", "a b");
        assertThat(args(RunRequest.builder("t", "j", 1).image("busybox").entrypoint(List.of("/bin/x \"q\""))
                .cmd("y").build())).containsSubsequence("--entrypoint", "[\"/bin/x \\\"q\\\"\"]", "busybox", "y");
    }

    @Test
    void containersAreHardenedLimitedAndLabelled() throws Exception {
        List<String> args = args(RunRequest.builder("t", "j", 1).image("busybox").cmd("true")
                .limits(new ResourceLimits("0.5", "10m")).networks(List.of("n1", "n2")).build());

        assertThat(args).containsSubsequence("--cap-drop", "ALL", "--cap-add", "CHOWN");
        assertThat(args).doesNotContain("SYS_ADMIN", "--privileged");
        assertThat(args).containsSubsequence("--security-opt", "no-new-privileges", "--pids-limit", "1024",
                "--ulimit", "nofile=1024:1024", "--ulimit", "nproc=1024:1024", "--cpus", "0.5", "--memory", "10m",
                "--network", "n1", "--network", "n2");
        assertThat(args).containsSubsequence("--label", "io.tork.task-id=t");
    }

    @Test
    void environmentValuesStayOffTheCommandLineUnlessTheySpanLines() throws Exception {
        List<String> args = args(RunRequest.builder("t", "j", 1).image("busybox").cmd("env")
                .env(Map.of("SECRET", "s3cr3t", "MULTI", "a\nb")).build());

        assertThat(String.join(" ", args)).doesNotContain("s3cr3t").contains("MULTI=a\nb");
        assertThat(CreateCommand.environmentFile(Map.of("SECRET", "s3cr3t", "MULTI", "a\nb")))
                .isEqualTo("SECRET=s3cr3t\n");
        assertThat(args).containsSubsequence("--env", "TORK_OUTPUT=/tork/stdout", "--env", "TORK_PROGRESS=/tork/progress");
    }

    @Test
    void filesSetTheDefaultWorkdirUnlessTheTaskHasOne() {
        RunRequest.Builder withFiles = RunRequest.builder("t", "j", 1).image("busybox").files(Map.of("a", "b"));

        assertThat(CreateCommand.workdir(withFiles.build())).isEqualTo("/tork/workdir");
        assertThat(CreateCommand.workdir(withFiles.workdir("/app").build())).isEqualTo("/app");
        assertThat(CreateCommand.workdir(RunRequest.builder("t", "j", 1).image("busybox").build())).isNull();
    }

    @Test
    void anImageIsRequired() {
        assertThatThrownBy(() -> args(RunRequest.builder("t", "j", 1).run("true").build()))
                .isInstanceOf(PodmanException.class).hasMessage("task image is required");
    }

    private List<String> args(RunRequest step) throws PodmanException {
        return CreateCommand.of(step, "tork-x", Map.of("io.tork.task-id", "t"), List.of(), directory,
                Path.of("/tmp/env"), PodmanSettings.defaults());
    }
}
