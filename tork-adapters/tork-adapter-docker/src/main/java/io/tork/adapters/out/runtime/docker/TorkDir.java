package io.tork.adapters.out.runtime.docker;

import com.github.dockerjava.api.model.Mount;
import io.tork.application.port.out.RuntimeFailure;

/**
 * The {@code /tork} directory of one container: where its script, its files and its output live. Removed with
 * the task run's other resources.
 */
sealed interface TorkDir permits VolumeTorkDir, HostTorkDir {

    /** The mount that puts it at {@code /tork}. */
    Mount mount();

    /** Puts the plan's files in place, in {@code /tork} and elsewhere: after the container is created, before it starts. */
    void populate(String containerId, ContainerPlan plan) throws RuntimeFailure;

    /**
     * The first {@code limit} bytes of {@code /tork/stdout} once the container has exited; {@code null} when there
     * is no such regular file (the task removed it, or put a link or something else in its place).
     */
    TarReader.Content readOutput(String containerId, int limit) throws RuntimeFailure;
}
