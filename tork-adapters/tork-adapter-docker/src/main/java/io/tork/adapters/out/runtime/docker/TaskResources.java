package io.tork.adapters.out.runtime.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.command.InspectVolumeResponse;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.Network;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongUnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything one run of a task creates, labelled so that it can be found again, and removed when the run ends
 * whatever the outcome: containers, volumes, networks and host {@code /tork} directories. {@link #close()} hands
 * the removal to the background cleanup; a container still running is removed at once instead (see
 * {@link #removeContainer}). When something went wrong — a creation that failed in a way that may still have
 * created it, a removal that kept failing — the cleanup also sweeps what carries this run's label.
 */
final class TaskResources implements AutoCloseable {
    static final String MANAGED_LABEL = "io.tork.managed";
    static final String TASK_ID_LABEL = "io.tork.task-id";
    static final String RUN_ID_LABEL = "io.tork.run-id";

    private static final Logger LOG = LoggerFactory.getLogger(TaskResources.class);
    private static final int REMOVE_ATTEMPTS = 5;
    /** A network is busy until the daemon has fully detached its last container: back off, 200 ms doubling. */
    private static final long NETWORK_FIRST_BACK_OFF_MILLIS = 200;

    private final DockerClient docker;
    private final BackgroundCleanup cleanup;
    private final String runId = UUID.randomUUID().toString();
    private final Map<String, String> labels;
    private final Set<String> containers = new LinkedHashSet<>();
    private final Set<String> volumes = new LinkedHashSet<>();
    private final Set<String> networks = new LinkedHashSet<>();
    private final Set<Path> hostDirs = new LinkedHashSet<>();
    private volatile boolean needsSweep;

    TaskResources(DockerClient docker, String taskId, BackgroundCleanup cleanup) {
        this.docker = docker;
        this.cleanup = cleanup;
        this.labels = Map.of(MANAGED_LABEL, "true", TASK_ID_LABEL, taskId, RUN_ID_LABEL, runId);
    }

    /** Creates a volume named after its purpose; it is removed when the run ends. */
    String createVolume(String purpose, Map<String, String> driverOptions) {
        String name = "tork-" + purpose + "-" + UUID.randomUUID().toString().replace("-", "");
        creating(() -> Uninterruptibly.run(() -> {
            var command = docker.createVolumeCmd().withName(name).withLabels(labels);
            if (driverOptions != null && !driverOptions.isEmpty()) {
                command = command.withDriverOpts(driverOptions);
            }
            command.exec();
        }));
        synchronized (this) {
            volumes.add(name);
        }
        return name;
    }

    /** Creates a user-defined bridge network with a random name; it is removed when the run ends. */
    String createNetwork(String purpose) {
        String name = "tork-" + purpose + "-" + UUID.randomUUID().toString().replace("-", "");
        creating(() -> Uninterruptibly.run(() -> docker.createNetworkCmd().withName(name).withDriver("bridge")
                .withLabels(labels).exec()));
        synchronized (this) {
            networks.add(name);
        }
        return name;
    }

    /** Creates the container with this run's labels, even if the thread is being interrupted meanwhile. */
    String createContainer(CreateContainerCmd command) {
        String[] id = new String[1];
        creating(() -> id[0] = Uninterruptibly.call(() -> command.withLabels(labels).exec().getId()));
        synchronized (this) {
            containers.add(id[0]);
        }
        return id[0];
    }

    /** Creates an empty directory (mode 0755) in {@code parent}; it is deleted when the run ends. */
    Path createHostDir(Path parent) throws IOException {
        Path dir = Files.createTempDirectory(parent, "tork-");
        Files.setPosixFilePermissions(dir, PosixModes.of(0755));
        synchronized (this) {
            hostDirs.add(dir);
        }
        return dir;
    }

    /**
     * Force-removes a container (killing it if it runs) with its anonymous volumes now, on the caller's thread even
     * while it is being interrupted: for containers that must stop at once. Never throws.
     */
    void removeContainer(String id) {
        Uninterruptibly.run(() -> {
            if (!removeContainerQuietly(id)) {
                needsSweep = true;
            }
        });
        synchronized (this) {
            containers.remove(id);
        }
    }

    /**
     * Hands the removal of whatever this run created that is still there to the background cleanup: containers
     * first, since they hold the rest.
     */
    @Override
    public void close() {
        Created left;
        synchronized (this) {
            left = new Created(List.copyOf(containers), List.copyOf(networks), List.copyOf(volumes),
                    List.copyOf(hostDirs));
            containers.clear();
            networks.clear();
            volumes.clear();
            hostDirs.clear();
        }
        if (!left.isEmpty() || needsSweep) {
            cleanup.submit(() -> removeAll(left));
        }
    }

    private record Created(List<String> containers, List<String> networks, List<String> volumes,
            List<Path> hostDirs) {
        boolean isEmpty() {
            return containers.isEmpty() && networks.isEmpty() && volumes.isEmpty() && hostDirs.isEmpty();
        }
    }

    private void removeAll(Created left) {
        boolean removed = true;
        for (String id : left.containers()) {
            removed &= removeContainerQuietly(id);
        }
        for (String name : left.networks()) {
            removed &= removeNetworkQuietly(name);
        }
        for (String name : left.volumes()) {
            removed &= removeVolumeQuietly(name);
        }
        left.hostDirs().forEach(HostDirectories::deleteQuietly);
        if (!removed || needsSweep) {
            sweep();
        }
    }

    /** Removes whatever still carries this run's label, whether or not this run knows it created it. */
    private void sweep() {
        labelledContainers().forEach(this::removeContainerQuietly);
        labelledNetworks().forEach(this::removeNetworkQuietly);
        labelledVolumes().forEach(this::removeVolumeQuietly);
    }

    /**
     * Runs a creation; when it fails in a way that may still have created the thing (anything but the daemon
     * refusing the request), the run's cleanup will sweep by label.
     */
    private void creating(Runnable creation) {
        try {
            creation.run();
        } catch (RuntimeException | Error e) {
            if (!(e instanceof DockerException refused && refused.getHttpStatus() >= 400
                    && refused.getHttpStatus() < 500)) {
                needsSweep = true;
            }
            throw e;
        }
    }

    private List<String> labelledContainers() {
        try {
            return docker.listContainersCmd().withShowAll(true)
                    .withLabelFilter(Map.of(RUN_ID_LABEL, runId)).exec()
                    .stream().map(Container::getId).toList();
        } catch (RuntimeException e) {
            LOG.warn("could not list the containers of run {}: {}", runId, DockerErrors.describe(e));
            return List.of();
        }
    }

    private List<String> labelledVolumes() {
        try {
            List<InspectVolumeResponse> found = docker.listVolumesCmd()
                    .withFilter("label", List.of(RUN_ID_LABEL + "=" + runId)).exec().getVolumes();
            return found == null ? List.of() : found.stream().map(InspectVolumeResponse::getName).toList();
        } catch (RuntimeException e) {
            LOG.warn("could not list the volumes of run {}: {}", runId, DockerErrors.describe(e));
            return List.of();
        }
    }

    private List<String> labelledNetworks() {
        try {
            return docker.listNetworksCmd().withFilter("label", List.of(RUN_ID_LABEL + "=" + runId)).exec()
                    .stream().map(Network::getName).toList();
        } catch (RuntimeException e) {
            LOG.warn("could not list the networks of run {}: {}", runId, DockerErrors.describe(e));
            return List.of();
        }
    }

    /** Force removal kills a running container itself: no stop call before it. */
    private boolean removeContainerQuietly(String id) {
        return retry("container " + id,
                () -> docker.removeContainerCmd(id).withForce(true).withRemoveVolumes(true).exec());
    }

    private boolean removeVolumeQuietly(String name) {
        return retry("volume " + name, () -> docker.removeVolumeCmd(name).exec());
    }

    private boolean removeNetworkQuietly(String name) {
        return retry("network " + name, () -> docker.removeNetworkCmd(name).exec(),
                attempt -> NETWORK_FIRST_BACK_OFF_MILLIS << (attempt - 1));
    }

    /** Removal can fail for a moment (a volume still held by a container being removed): try a few times. */
    private static boolean retry(String what, Runnable removal) {
        return retry(what, removal, attempt -> 100L * attempt);
    }

    /** @return whether the thing is gone */
    private static boolean retry(String what, Runnable removal, LongUnaryOperator backOffMillis) {
        for (int attempt = 1; ; attempt++) {
            try {
                removal.run();
                return true;
            } catch (NotFoundException gone) {
                return true;
            } catch (RuntimeException e) {
                if (attempt == REMOVE_ATTEMPTS) {
                    LOG.warn("could not remove {}: {}", what, DockerErrors.describe(e));
                    return false;
                }
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(backOffMillis.applyAsLong(attempt)));
            }
        }
    }
}
