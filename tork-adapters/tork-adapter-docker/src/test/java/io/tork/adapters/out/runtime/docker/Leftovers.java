package io.tork.adapters.out.runtime.docker;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectVolumeResponse;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.Network;
import java.util.List;
import java.util.Map;

/** Asserts through the Docker API that a task's run left no managed container, volume or network behind. */
final class Leftovers {
    private Leftovers() {
    }

    static void assertNoneFor(DockerClient docker, String taskId) {
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
