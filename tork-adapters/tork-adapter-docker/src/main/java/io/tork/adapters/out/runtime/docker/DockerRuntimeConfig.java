package io.tork.adapters.out.runtime.docker;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What the operator may relax of the runtime's hardened defaults (SPEC §5, §8).
 *
 * @param privileged             run containers privileged ({@code runtime.docker.privileged}); off by default
 * @param pidsLimit              most processes a container may have; 0 or less means no limit
 * @param bindMountsAllowed      whether tasks may use {@code bind} mounts ({@code mounts.bind.allowed})
 * @param bindSources            host paths a bind mount may use, matched exactly; empty allows any path
 *                               ({@code mounts.bind.sources}). The Docker socket is refused whatever this says.
 * @param dockerHost             the daemon to talk to; {@code null} means {@code DOCKER_HOST}, else
 *                               {@code unix:///var/run/docker.sock}
 * @param defaultImagePullPolicy when images are pulled
 * @param noNewPrivileges        add the {@code no-new-privileges} security option (setuid binaries cannot gain
 *                               privileges)
 * @param capabilities           the capabilities containers keep after all are dropped, without {@code CAP_}
 * @param torkDirMode            what backs each container's {@code /tork} ({@code runtime.docker.torkdir.mode})
 * @param torkDirRoot            where the runtime makes its private folder of host {@code /tork} directories;
 *                               {@code null} means {@code java.io.tmpdir} ({@code runtime.docker.torkdir.root})
 */
public record DockerRuntimeConfig(
        boolean privileged,
        long pidsLimit,
        boolean bindMountsAllowed,
        List<String> bindSources,
        String dockerHost,
        ImagePullPolicy defaultImagePullPolicy,
        boolean noNewPrivileges,
        List<String> capabilities,
        TorkDirMode torkDirMode,
        Path torkDirRoot) {

    public static final long DEFAULT_PIDS_LIMIT = 1024;

    /**
     * Docker's own default capability set, which common images need (package managers chown files, servers
     * bind low ports, {@code ping} needs raw sockets…). Everything else (SYS_ADMIN, NET_ADMIN, SYS_PTRACE,
     * SYS_MODULE, …) stays dropped.
     */
    public static final List<String> DEFAULT_CAPABILITIES = List.of(
            "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "SETGID", "SETUID", "SETPCAP",
            "NET_BIND_SERVICE", "NET_RAW", "SYS_CHROOT", "MKNOD", "AUDIT_WRITE", "SETFCAP");

    public DockerRuntimeConfig {
        bindSources = bindSources == null ? List.of() : List.copyOf(bindSources);
        defaultImagePullPolicy = Objects.requireNonNullElse(defaultImagePullPolicy, ImagePullPolicy.IF_NOT_PRESENT);
        capabilities = capabilities == null ? DEFAULT_CAPABILITIES
                : capabilities.stream().map(DockerRuntimeConfig::capabilityName).toList();
        if (dockerHost != null && dockerHost.isBlank()) {
            dockerHost = null;
        }
        torkDirMode = Objects.requireNonNullElse(torkDirMode, TorkDirMode.AUTO);
    }

    public DockerRuntimeConfig(boolean privileged, long pidsLimit, boolean bindMountsAllowed, List<String> bindSources,
            String dockerHost, ImagePullPolicy defaultImagePullPolicy, boolean noNewPrivileges,
            List<String> capabilities) {
        this(privileged, pidsLimit, bindMountsAllowed, bindSources, dockerHost, defaultImagePullPolicy, noNewPrivileges,
                capabilities, TorkDirMode.AUTO, null);
    }

    /** The operator-facing settings, with the remaining hardening at its defaults. */
    public DockerRuntimeConfig(boolean privileged, long pidsLimit, boolean bindMountsAllowed, List<String> bindSources,
            String dockerHost, ImagePullPolicy defaultImagePullPolicy) {
        this(privileged, pidsLimit, bindMountsAllowed, bindSources, dockerHost, defaultImagePullPolicy, true,
                DEFAULT_CAPABILITIES);
    }

    /** Hardened: not privileged, pids limited, no bind mounts, images pulled when missing. */
    public static DockerRuntimeConfig defaults() {
        return new DockerRuntimeConfig(false, DEFAULT_PIDS_LIMIT, false, List.of(), null,
                ImagePullPolicy.IF_NOT_PRESENT);
    }

    public DockerRuntimeConfig withDockerHost(String host) {
        return new DockerRuntimeConfig(privileged, pidsLimit, bindMountsAllowed, bindSources, host,
                defaultImagePullPolicy, noNewPrivileges, capabilities, torkDirMode, torkDirRoot);
    }

    public DockerRuntimeConfig withBindMounts(boolean allowed, List<String> sources) {
        return new DockerRuntimeConfig(privileged, pidsLimit, allowed, sources, dockerHost, defaultImagePullPolicy,
                noNewPrivileges, capabilities, torkDirMode, torkDirRoot);
    }

    public DockerRuntimeConfig withPidsLimit(long limit) {
        return new DockerRuntimeConfig(privileged, limit, bindMountsAllowed, bindSources, dockerHost,
                defaultImagePullPolicy, noNewPrivileges, capabilities, torkDirMode, torkDirRoot);
    }

    public DockerRuntimeConfig withImagePullPolicy(ImagePullPolicy policy) {
        return new DockerRuntimeConfig(privileged, pidsLimit, bindMountsAllowed, bindSources, dockerHost, policy,
                noNewPrivileges, capabilities, torkDirMode, torkDirRoot);
    }

    /** @param root {@code null} for {@code java.io.tmpdir} */
    public DockerRuntimeConfig withTorkDir(TorkDirMode mode, Path root) {
        return new DockerRuntimeConfig(privileged, pidsLimit, bindMountsAllowed, bindSources, dockerHost,
                defaultImagePullPolicy, noNewPrivileges, capabilities, mode, root);
    }

    private static String capabilityName(String name) {
        String upper = name.trim().toUpperCase(Locale.ROOT);
        return upper.startsWith("CAP_") ? upper.substring(4) : upper;
    }
}
