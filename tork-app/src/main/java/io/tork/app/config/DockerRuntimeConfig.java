package io.tork.app.config;

/**
 * The Docker runtime's settings: hardened by default, each relaxation an explicit operator choice.
 *
 * @param privileged {@code runtime.docker.privileged} (default false): run task containers privileged
 * @param pidsLimit  {@code runtime.docker.pids.limit} (default 1024): the most processes a task container may
 *                   have; 0 removes the limit
 */
public record DockerRuntimeConfig(boolean privileged, int pidsLimit) {
    public DockerRuntimeConfig {
        if (pidsLimit < 0) {
            throw new IllegalArgumentException("runtime.docker.pids.limit must be 0 or more, was " + pidsLimit);
        }
    }

    /** Whether the number of processes in a task container is limited. */
    public boolean limitsPids() {
        return pidsLimit > 0;
    }
}
