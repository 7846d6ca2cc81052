package io.tork.adapters.out.runtime.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tork.application.port.out.RuntimeFailure;
import io.tork.domain.spec.TaskSpec;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContainerPlanTest {

    @Test
    void aScriptRunsWithShDashCOnTheEntrypointFile() throws Exception {
        ContainerPlan plan = ContainerPlan.of(TaskSpec.builder().image("busybox").run("echo hi").build());

        assertThat(plan.entrypoint()).containsExactly("sh", "-c");
        assertThat(plan.cmd()).containsExactly("/tork/entrypoint");
        assertThat(plan.workdir()).isNull();
        assertThat(plan.env()).contains("TORK_OUTPUT=/tork/stdout", "TORK_PROGRESS=/tork/progress");
        assertThat(entryNames(plan)).containsExactly("tork/stdout", "tork/progress", "tork/entrypoint");
    }

    @Test
    void withoutAScriptTheImageKeepsItsOwnEntrypointAndCommand() throws Exception {
        ContainerPlan plan = ContainerPlan.of(TaskSpec.builder().image("busybox").build());

        assertThat(plan.entrypoint()).isNull();
        assertThat(plan.cmd()).isNull();
    }

    @Test
    void givenCmdAndEntrypointWin() throws Exception {
        ContainerPlan plan = ContainerPlan.of(TaskSpec.builder().image("busybox").run("x")
                .cmd("echo", "a").entrypoint(List.of("/bin/env")).build());

        assertThat(plan.cmd()).containsExactly("echo", "a");
        assertThat(plan.entrypoint()).containsExactly("/bin/env");
    }

    @Test
    void filesGoToTheDefaultWorkdirOrTheGivenOne() throws Exception {
        ContainerPlan defaulted = ContainerPlan.of(TaskSpec.builder().image("busybox")
                .files(Map.of("a.txt", "A")).build());
        ContainerPlan given = ContainerPlan.of(TaskSpec.builder().image("busybox").workdir("/app")
                .files(Map.of("a.txt", "A")).build());

        assertThat(defaulted.workdir()).isEqualTo("/tork/workdir");
        assertThat(entryNames(defaulted)).contains("tork/workdir/", "tork/workdir/a.txt");
        assertThat(given.workdir()).isEqualTo("/app");
        assertThat(entryNames(given)).contains("app/a.txt").doesNotContain("app/");
    }

    @Test
    void refusesFileNamesThatLeaveTheWorkdir() {
        assertThatThrownBy(() -> ContainerPlan.of(TaskSpec.builder().image("busybox")
                .files(Map.of("../etc/passwd", "x")).build()))
                .isInstanceOf(RuntimeFailure.class).hasMessageContaining("invalid file name");
    }

    @Test
    void requiresAnImage() {
        assertThatThrownBy(() -> ContainerPlan.of(TaskSpec.builder().run("echo").build()))
                .isInstanceOf(RuntimeFailure.class).hasMessage("task image is required");
    }

    /** Entry names in archive order, read with the header layout (PAX headers excluded). */
    private static List<String> entryNames(ContainerPlan plan) throws IOException {
        List<String> names = new ArrayList<>();
        byte[] tar = plan.archive();
        var in = new ByteArrayInputStream(tar);
        byte[] header = new byte[512];
        while (in.readNBytes(header, 0, 512) == 512 && header[0] != 0) {
            names.add(new String(header, 0, 100, StandardCharsets.UTF_8).replace("\0", ""));
            long size = Long.parseLong(new String(header, 124, 11, StandardCharsets.US_ASCII), 8);
            in.skipNBytes((size + 511) / 512 * 512);
        }
        return names;
    }
}
