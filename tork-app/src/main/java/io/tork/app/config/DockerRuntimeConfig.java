package io.tork.app.config;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The Docker runtime's settings: hardened by default, each relaxation an explicit operator choice.
 *
 * @param privileged {@code runtime.docker.privileged} (default false): run task containers privileged
 * @param pidsLimit  {@code runtime.docker.pids.limit} (default 1024): the most processes a task container may
 *                   have; 0 removes the limit
 * @param torkDirMode {@code runtime.docker.torkdir.mode} (default auto): what backs each container's {@code /tork}
 * @param torkDirRoot {@code runtime.docker.torkdir.root} (default {@code java.io.tmpdir}): where the runtime makes
 *                    its private folder of host {@code /tork} directories
 */
public record DockerRuntimeConfig(boolean privileged, int pidsLimit, DockerTorkDirMode torkDirMode,
                                  Optional<Path> torkDirRoot) {
    public DockerRuntimeConfig {
        if (pidsLimit < 0) {
            throw new IllegalArgumentException("runtime.docker.pids.limit must be 0 or more, was " + pidsLimit);
        }
        Objects.requireNonNull(torkDirMode, "torkDirMode");
        Objects.requireNonNull(torkDirRoot, "torkDirRoot");
    }

    public DockerRuntimeConfig(boolean privileged, int pidsLimit) {
        this(privileged, pidsLimit, DockerTorkDirMode.AUTO, Optional.empty());
    }

    /** Whether the number of processes in a task container is limited. */
    public boolean limitsPids() {
        return pidsLimit > 0;
    }
}
