/**
 * The Podman runtime plugin: runs each task step in a Podman container through the {@code podman} command line,
 * with the hardening of the Docker runtime (no privileges, Docker's default capability set, no new privileges, a
 * pids limit) and explicit ulimits (Podman's defaults exceed what unprivileged hosts allow). Settings come from
 * {@code runtime.podman.*} (see {@link io.tork.plugins.podman.PodmanSettings}).
 */
package io.tork.plugins.podman;
