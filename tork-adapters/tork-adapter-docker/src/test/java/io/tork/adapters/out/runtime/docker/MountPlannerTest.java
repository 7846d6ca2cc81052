package io.tork.adapters.out.runtime.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.dockerjava.api.model.MountType;
import io.tork.application.port.out.RuntimeFailure;
import io.tork.domain.spec.Mount;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The mount checks; creating volumes is covered by the Docker tests. */
class MountPlannerTest {
    // No Docker call happens for bind and tmpfs mounts, so no client is needed.
    private final TaskResources noDocker = new TaskResources(null, "t1", null);

    @Test
    void refusesBindMountsUnlessTheOperatorAllowsThem() {
        MountPlanner planner = new MountPlanner(DockerRuntimeConfig.defaults());

        assertThatThrownBy(() -> planner.prepare(List.of(bind("/data")), noDocker))
                .isInstanceOf(RuntimeFailure.class).hasMessage("bind mounts are not allowed");
    }

    @Test
    void allowsOnlyTheListedSourcesExactly() throws Exception {
        MountPlanner planner = new MountPlanner(DockerRuntimeConfig.defaults().withBindMounts(true, List.of("/data")));

        assertThat(planner.prepare(List.of(bind("/data")), noDocker))
                .singleElement().satisfies(m -> {
                    assertThat(m.getType()).isEqualTo(MountType.BIND);
                    assertThat(m.getSource()).isEqualTo("/data");
                    assertThat(m.getTarget()).isEqualTo("/mnt");
                });
        assertThatThrownBy(() -> planner.prepare(List.of(bind("/data/sub")), noDocker))
                .isInstanceOf(RuntimeFailure.class).hasMessage("bind mount source not allowed: /data/sub");
    }

    @Test
    void neverMountsTheDockerSocketEvenWhenAnySourceIsAllowed() {
        MountPlanner planner = new MountPlanner(DockerRuntimeConfig.defaults().withBindMounts(true, List.of()));

        for (String source : List.of("/var/run/docker.sock", "/run/docker.sock", "/var/run", "/run", "/",
                "/var/run/../run/docker.sock")) {
            assertThatThrownBy(() -> planner.prepare(List.of(bind(source)), noDocker))
                    .isInstanceOf(RuntimeFailure.class).hasMessageStartingWith("bind mount source not allowed: " + source);
        }
    }

    @Test
    void tmpfsNeedsATargetAndNoSource() throws Exception {
        MountPlanner planner = new MountPlanner(DockerRuntimeConfig.defaults());

        assertThat(planner.prepare(List.of(new Mount("tmpfs", null, "/scratch", Map.of("size", "1m"))), noDocker))
                .singleElement().satisfies(m -> {
                    assertThat(m.getType()).isEqualTo(MountType.TMPFS);
                    assertThat(m.getTmpfsOptions().getSizeBytes()).isEqualTo(1_048_576L);
                });
        assertThatThrownBy(() -> planner.prepare(List.of(new Mount("tmpfs", null, null, null)), noDocker))
                .isInstanceOf(RuntimeFailure.class).hasMessage("tmpfs target is required");
        assertThatThrownBy(() -> planner.prepare(List.of(new Mount("tmpfs", "/x", "/y", null)), noDocker))
                .isInstanceOf(RuntimeFailure.class).hasMessage("tmpfs source should be empty");
    }

    @Test
    void refusesUnknownTypesBeforeCreatingAnything() {
        MountPlanner planner = new MountPlanner(DockerRuntimeConfig.defaults());

        // The volume comes first but nothing is created: the client is null and would throw.
        assertThatThrownBy(() -> planner.prepare(List.of(Mount.volume("/v"), new Mount("nfs", "s", "/t", null)), noDocker))
                .isInstanceOf(RuntimeFailure.class).hasMessage("unknown mount type: nfs");
    }

    private static Mount bind(String source) {
        return new Mount("bind", source, "/mnt", null);
    }
}
