package io.tork.adapters.out.runtime.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Mount;
import com.github.dockerjava.api.model.MountType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds out whether containers can get host directories of the worker as {@code /tork}: the daemon must see what
 * the worker writes (same machine, same filesystem view), scripts must be able to run from there, and the worker
 * must be able to delete whatever a container's root leaves there. Writes a random token in a fresh directory,
 * creates (never starts) a container bind-mounting it, reads the token back through the daemon, and removes both.
 */
final class SharedDirectoryProbe {
    static final String PROBE_LABEL = "io.tork.probe";

    private static final Logger LOG = LoggerFactory.getLogger(SharedDirectoryProbe.class);
    private static final String MOUNT_POINT = "/tork-probe";
    private static final String TOKEN_FILE = "token";
    private static final Path SELINUX_ENFORCE = Path.of("/sys/fs/selinux/enforce");

    private SharedDirectoryProbe() {
    }

    /** @param shared whether host directories can serve as {@code /tork}; {@code reason} says why not */
    record Verdict(boolean shared, String reason) {
        static Verdict yes() {
            return new Verdict(true, null);
        }

        static Verdict no(String reason) {
            return new Verdict(false, reason);
        }
    }

    /** @param image any image present on the daemon: the probe container is created from it, never started */
    static Verdict run(DockerClient docker, Path root, String image) {
        if (MountOptions.isNoExec(root)) {
            return Verdict.no(root + " is on a noexec filesystem, scripts could not run from it");
        }
        if (isEnforcing(SELINUX_ENFORCE)) {
            // Docker relabels only -v binds given :z, not mounts: containers could not read an unlabelled directory.
            return Verdict.no("SELinux is enforcing, containers could not use an unlabelled host directory");
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory(root, "probe-");
            String token = UUID.randomUUID().toString();
            Files.writeString(dir.resolve(TOKEN_FILE), token);
            if (!Integer.valueOf(0).equals(Files.getAttribute(dir, "unix:uid"))) {
                return Verdict.no("the worker does not run as root, so it could not delete what a container's root"
                        + " leaves in a host directory");
            }
            return readThroughDaemon(docker, dir, image, token);
        } catch (IOException | RuntimeException e) {
            return Verdict.no("the probe failed: " + DockerErrors.describe(e));
        } finally {
            if (dir != null) {
                HostDirectories.deleteQuietly(dir);
            }
        }
    }

    /** Whether the SELinux status file says enforcing; false without SELinux. */
    static boolean isEnforcing(Path enforceFile) {
        try {
            return Files.readString(enforceFile).trim().equals("1");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static Verdict readThroughDaemon(DockerClient docker, Path dir, String image, String token)
            throws IOException {
        String id;
        try {
            id = docker.createContainerCmd(image)
                    .withCmd("true")
                    .withLabels(Map.of(TaskResources.MANAGED_LABEL, "true", PROBE_LABEL, "true"))
                    .withHostConfig(HostConfig.newHostConfig().withMounts(List.of(new Mount()
                            .withType(MountType.BIND).withSource(dir.toString()).withTarget(MOUNT_POINT)
                            .withReadOnly(true))))
                    .exec().getId();
        } catch (RuntimeException e) {
            return Verdict.no("the daemon cannot mount " + dir + ": " + DockerErrors.describe(e));
        }
        try (InputStream archive = docker.copyArchiveFromContainerCmd(id, MOUNT_POINT + "/" + TOKEN_FILE).exec()) {
            TarReader.Content content = TarReader.firstFile(archive, 1024);
            if (content == null || !token.equals(new String(content.bytes(), StandardCharsets.UTF_8))) {
                return Verdict.no("the daemon sees other content at " + dir);
            }
            if (content.ownerId() != 0) {
                return Verdict.no("the daemon sees the worker's files as owned by user " + content.ownerId()
                        + " (user namespaces), not by its own root");
            }
            return Verdict.yes();
        } catch (NotFoundException e) {
            return Verdict.no("the daemon does not see the worker's files in " + dir);
        } finally {
            try {
                docker.removeContainerCmd(id).withForce(true).exec();
            } catch (RuntimeException e) {
                LOG.warn("could not remove the probe container {}: {}", id, DockerErrors.describe(e));
            }
        }
    }
}
