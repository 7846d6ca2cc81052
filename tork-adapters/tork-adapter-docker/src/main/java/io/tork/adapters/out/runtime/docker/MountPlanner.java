package io.tork.adapters.out.runtime.docker;

import com.github.dockerjava.api.model.Mount;
import com.github.dockerjava.api.model.MountType;
import com.github.dockerjava.api.model.TmpfsOptions;
import io.tork.application.port.out.RuntimeFailure;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a task's mounts into Docker mounts shared by its pre, main and post containers: a {@code volume} gets a
 * fresh Docker volume for this run, a {@code bind} is checked against the operator's policy, a {@code tmpfs}
 * needs only its target.
 */
final class MountPlanner {
    /** Mounting the daemon's socket would hand the task control of the host. */
    private static final List<Path> DOCKER_SOCKETS = List.of(Path.of("/var/run/docker.sock"), Path.of("/run/docker.sock"));

    private final DockerRuntimeConfig config;

    MountPlanner(DockerRuntimeConfig config) {
        this.config = config;
    }

    /** Checks every mount first, then creates the volumes, so a refused mount creates nothing. */
    List<Mount> prepare(List<io.tork.domain.spec.Mount> mounts, TaskResources resources) throws RuntimeFailure {
        for (io.tork.domain.spec.Mount mount : mounts) {
            check(mount);
        }
        List<Mount> prepared = new ArrayList<>();
        for (io.tork.domain.spec.Mount mount : mounts) {
            prepared.add(toDocker(mount, resources));
        }
        return List.copyOf(prepared);
    }

    private void check(io.tork.domain.spec.Mount mount) throws RuntimeFailure {
        String type = mount.type() == null ? "" : mount.type();
        switch (type) {
            case io.tork.domain.spec.Mount.VOLUME -> requireTarget(mount, "volume");
            case io.tork.domain.spec.Mount.BIND -> checkBind(mount);
            case io.tork.domain.spec.Mount.TMPFS -> {
                requireTarget(mount, "tmpfs");
                if (!isBlank(mount.source())) {
                    throw new RuntimeFailure("tmpfs source should be empty");
                }
                if (mount.opts() != null && mount.opts().containsKey("size")) {
                    tmpfsSize(mount.opts().get("size"));
                }
            }
            default -> throw new RuntimeFailure("unknown mount type: " + type);
        }
    }

    private void checkBind(io.tork.domain.spec.Mount mount) throws RuntimeFailure {
        if (!config.bindMountsAllowed()) {
            throw new RuntimeFailure("bind mounts are not allowed");
        }
        if (isBlank(mount.source())) {
            throw new RuntimeFailure("bind source is required");
        }
        requireTarget(mount, "bind");
        Path source = Path.of(mount.source()).normalize();
        for (Path socket : DOCKER_SOCKETS) {
            // Binding the socket itself or any directory above it exposes the daemon.
            if (socket.startsWith(source)) {
                throw new RuntimeFailure("bind mount source not allowed: " + mount.source()
                        + " (it would expose the Docker socket)");
            }
        }
        if (!config.bindSources().isEmpty() && !config.bindSources().contains(mount.source())) {
            throw new RuntimeFailure("bind mount source not allowed: " + mount.source());
        }
    }

    private Mount toDocker(io.tork.domain.spec.Mount mount, TaskResources resources) throws RuntimeFailure {
        return switch (mount.type()) {
            case io.tork.domain.spec.Mount.VOLUME -> new Mount().withType(MountType.VOLUME)
                    .withSource(resources.createVolume("volume", mount.opts()))
                    .withTarget(mount.target());
            case io.tork.domain.spec.Mount.BIND -> new Mount().withType(MountType.BIND)
                    .withSource(mount.source())
                    .withTarget(mount.target());
            default -> tmpfs(mount);
        };
    }

    private static Mount tmpfs(io.tork.domain.spec.Mount mount) throws RuntimeFailure {
        Mount tmpfs = new Mount().withType(MountType.TMPFS).withTarget(mount.target());
        Map<String, String> opts = mount.opts();
        if (opts != null && opts.containsKey("size")) {
            tmpfs = tmpfs.withTmpfsOptions(new TmpfsOptions().withSizeBytes(tmpfsSize(opts.get("size"))));
        }
        return tmpfs;
    }

    private static long tmpfsSize(String size) throws RuntimeFailure {
        try {
            return MemorySize.parseBytes(size);
        } catch (IllegalArgumentException e) {
            throw new RuntimeFailure("invalid tmpfs size: " + e.getMessage());
        }
    }

    private static void requireTarget(io.tork.domain.spec.Mount mount, String type) throws RuntimeFailure {
        if (isBlank(mount.target())) {
            throw new RuntimeFailure(type + " target is required");
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
