package io.tork.adapters.out.runtime.docker;

import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Mount;
import io.tork.application.port.out.RuntimeFailure;
import io.tork.domain.spec.Limits;
import java.util.List;

/**
 * The host side of a task container: its resource limits and GPUs, its mounts, and the hardening the operator
 * has not relaxed.
 *
 * <p>Hardening by default (SPEC §5): the container is not privileged; the {@code no-new-privileges} security
 * option stops setuid binaries from gaining privileges; every capability is dropped, then Docker's default set is
 * added back because common images need it — CHOWN, DAC_OVERRIDE, FOWNER, FSETID, KILL, SETGID, SETUID, SETPCAP,
 * NET_BIND_SERVICE, NET_RAW, SYS_CHROOT, MKNOD, AUDIT_WRITE, SETFCAP (see
 * {@link DockerRuntimeConfig#DEFAULT_CAPABILITIES}); the number of processes is limited (1024 by default) so a
 * fork bomb cannot take the host down; the Docker socket is never mounted ({@link MountPlanner}).
 */
final class HostConfigFactory {
    private static final String NO_NEW_PRIVILEGES = "no-new-privileges";

    private final DockerRuntimeConfig config;
    private final Capability[] capabilities;

    /** @throws IllegalArgumentException when the config names a capability Docker does not know */
    HostConfigFactory(DockerRuntimeConfig config) {
        this.config = config;
        this.capabilities = config.capabilities().stream().map(HostConfigFactory::capability)
                .toArray(Capability[]::new);
    }

    /** @param networkMode the network the container is created on, or {@code null} for Docker's default */
    HostConfig build(Limits limits, String gpus, List<Mount> mounts, String networkMode) throws RuntimeFailure {
        HostConfig host = HostConfig.newHostConfig().withMounts(mounts);
        host = harden(host);
        host = limit(host, limits);
        if (gpus != null && !gpus.isBlank()) {
            try {
                host = host.withDeviceRequests(List.of(GpuRequests.parse(gpus)));
            } catch (IllegalArgumentException e) {
                throw new RuntimeFailure("invalid gpus '" + gpus + "': " + e.getMessage());
            }
        }
        if (networkMode != null) {
            host = host.withNetworkMode(networkMode);
        }
        return host;
    }

    private HostConfig harden(HostConfig host) {
        HostConfig hardened = host.withPrivileged(config.privileged());
        if (!config.privileged()) {
            hardened = hardened.withCapDrop(Capability.ALL).withCapAdd(capabilities);
        }
        if (config.noNewPrivileges()) {
            hardened = hardened.withSecurityOpts(List.of(NO_NEW_PRIVILEGES));
        }
        if (config.pidsLimit() > 0) {
            hardened = hardened.withPidsLimit(config.pidsLimit());
        }
        return hardened;
    }

    private static HostConfig limit(HostConfig host, Limits limits) throws RuntimeFailure {
        if (limits == null) {
            return host;
        }
        HostConfig limited = host;
        if (limits.cpus() != null && !limits.cpus().isBlank()) {
            try {
                limited = limited.withNanoCPUs(CpuLimit.parseNanoCpus(limits.cpus()));
            } catch (IllegalArgumentException e) {
                throw new RuntimeFailure("invalid limits.cpus: " + e.getMessage());
            }
        }
        if (limits.memory() != null && !limits.memory().isBlank()) {
            try {
                limited = limited.withMemory(MemorySize.parseBytes(limits.memory()));
            } catch (IllegalArgumentException e) {
                throw new RuntimeFailure("invalid limits.memory: " + e.getMessage());
            }
        }
        return limited;
    }

    private static Capability capability(String name) {
        try {
            return Capability.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown capability: " + name, e);
        }
    }
}
