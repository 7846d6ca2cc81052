package io.tork.adapters.out.runtime.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectVolumeResponse;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.Network;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Asserts through the Docker API that a task's run left no managed container, volume or network behind. The
 * runtime removes what an ended run created in the background, so this waits a while for it to be gone.
 */
final class Leftovers {
    private static final Duration CLEANUP_LIMIT = Duration.ofSeconds(20);

    private Leftovers() {
    }

    static void assertNoneFor(DockerClient docker, String taskId) {
        await().atMost(CLEANUP_LIMIT).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> assertNow(docker, taskId));
    }

    private static void assertNow(DockerClient docker, String taskId) {
        Map<String, String> labels = Map.of(TaskResources.MANAGED_LABEL, "true", TaskResources.TASK_ID_LABEL, taskId);
        List<Container> containers = docker.listContainersCmd().withShowAll(true).withLabelFilter(labels).exec();
        List<InspectVolumeResponse> volumes = docker.listVolumesCmd()
                .withFilter("label", List.of(TaskResources.MANAGED_LABEL + "=true", TaskResources.TASK_ID_LABEL + "=" + taskId))
                .exec().getVolumes();

        List<Network> networks = docker.listNetworksCmd()
                .withFilter("label", List.of(TaskResources.MANAGED_LABEL + "=true", TaskResources.TASK_ID_LABEL + "=" + taskId))
                .exec();

        assertThat(containers).as("containers left by task %s", taskId).isEmpty();
        assertThat(volumes == null ? List.of() : volumes).as("volumes left by task %s", taskId).isEmpty();
        assertThat(networks).as("networks left by task %s", taskId).isEmpty();
    }
}
