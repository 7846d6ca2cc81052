package io.tork.adapters.out.runtime.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Mount;
import com.github.dockerjava.api.model.MountType;
import io.tork.application.port.out.RuntimeFailure;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A {@code /tork} on a fresh Docker volume, written and read through the daemon's archive endpoints: works
 * whatever the daemon shares with the worker (a remote daemon), at the cost of two archive copies per container.
 */
record VolumeTorkDir(DockerClient docker, String volume) implements TorkDir {

    static VolumeTorkDir create(DockerClient docker, TaskResources resources) {
        return new VolumeTorkDir(docker, resources.createVolume("tork", null));
    }

    @Override
    public Mount mount() {
        return new Mount().withType(MountType.VOLUME).withSource(volume).withTarget(ContainerPlan.TORK_DIR);
    }

    @Override
    public void populate(String containerId, ContainerPlan plan) {
        docker.copyArchiveToContainerCmd(containerId)
                .withRemotePath("/")
                .withTarInputStream(new ByteArrayInputStream(plan.archive()))
                .exec();
    }

    @Override
    public TarReader.Content readOutput(String containerId, int limit) throws RuntimeFailure {
        try (InputStream archive = docker.copyArchiveFromContainerCmd(containerId, ContainerPlan.OUTPUT_FILE).exec()) {
            return TarReader.firstFile(archive, limit);
        } catch (NotFoundException e) {
            return null;
        } catch (IOException e) {
            throw new RuntimeFailure("could not read the task output: " + e.getMessage(), e);
        }
    }
}
