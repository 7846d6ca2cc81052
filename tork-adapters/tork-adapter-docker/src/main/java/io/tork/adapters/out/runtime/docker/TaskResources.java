package io.tork.adapters.out.runtime.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.exception.NotModifiedException;
import com.github.dockerjava.api.command.InspectVolumeResponse;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.Network;
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
 * Everything one run of a task creates in Docker, labelled so that it can be found again, and removed when the
 * run ends whatever the outcome. Besides the containers, volumes and networks it remembers, {@link #close()}
 * sweeps what carries this run's label, so a container whose creation was cut short is not left behind either.
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
    private final String runId = UUID.randomUUID().toString();
    private final Map<String, String> labels;
    private final Set<String> containers = new LinkedHashSet<>();
    private final Set<String> volumes = new LinkedHashSet<>();
    private final Set<String> networks = new LinkedHashSet<>();

    TaskResources(DockerClient docker, String taskId) {
        this.docker = docker;
        this.labels = Map.of(MANAGED_LABEL, "true", TASK_ID_LABEL, taskId, RUN_ID_LABEL, runId);
    }

    /** Creates a volume named after its purpose; it is removed when the run ends. */
    String createVolume(String purpose, Map<String, String> driverOptions) {
        String name = "tork-" + purpose + "-" + UUID.randomUUID().toString().replace("-", "");
        Uninterruptibly.run(() -> {
            var command = docker.createVolumeCmd().withName(name).withLabels(labels);
            if (driverOptions != null && !driverOptions.isEmpty()) {
                command = command.withDriverOpts(driverOptions);
            }
            command.exec();
        });
        synchronized (this) {
            volumes.add(name);
        }
        return name;
    }

    /** Creates a user-defined bridge network with a random name; it is removed when the run ends. */
    String createNetwork(String purpose) {
        String name = "tork-" + purpose + "-" + UUID.randomUUID().toString().replace("-", "");
        Uninterruptibly.run(() -> docker.createNetworkCmd().withName(name).withDriver("bridge").withLabels(labels)
                .exec());
        synchronized (this) {
            networks.add(name);
        }
        return name;
    }

    /** Creates the container with this run's labels, even if the thread is being interrupted meanwhile. */
    String createContainer(CreateContainerCmd command) {
        String id = Uninterruptibly.call(() -> command.withLabels(labels).exec().getId());
        synchronized (this) {
            containers.add(id);
        }
        return id;
    }

    /** Kills and removes a container with its anonymous volumes; never throws. */
    void removeContainer(String id) {
        Uninterruptibly.run(() -> {
            killQuietly(id);
            removeContainerQuietly(id);
        });
        synchronized (this) {
            containers.remove(id);
        }
    }

    /** Removes a volume this run created; never throws. */
    void removeVolume(String name) {
        Uninterruptibly.run(() -> removeVolumeQuietly(name));
        synchronized (this) {
            volumes.remove(name);
        }
    }

    /** Removes whatever this run created that is still there: containers first, since they hold the rest. */
    @Override
    public void close() {
        Uninterruptibly.run(() -> {
            Set<String> leftContainers = new LinkedHashSet<>(snapshot(containers));
            leftContainers.addAll(labelledContainers());
            leftContainers.forEach(id -> {
                killQuietly(id);
                removeContainerQuietly(id);
            });
            Set<String> leftNetworks = new LinkedHashSet<>(snapshot(networks));
            leftNetworks.addAll(labelledNetworks());
            leftNetworks.forEach(this::removeNetworkQuietly);
            Set<String> leftVolumes = new LinkedHashSet<>(snapshot(volumes));
            leftVolumes.addAll(labelledVolumes());
            leftVolumes.forEach(this::removeVolumeQuietly);
        });
        synchronized (this) {
            containers.clear();
            volumes.clear();
            networks.clear();
        }
    }

    private synchronized List<String> snapshot(Set<String> names) {
        return new ArrayList<>(names);
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

    private void killQuietly(String id) {
        try {
            docker.stopContainerCmd(id).withTimeout(0).exec();
        } catch (NotModifiedException | NotFoundException alreadyStoppedOrGone) {
            // Nothing to stop.
        } catch (RuntimeException e) {
            LOG.debug("could not stop container {}: {}", id, DockerErrors.describe(e));
        }
    }

    private void removeContainerQuietly(String id) {
        retry("container " + id, () -> docker.removeContainerCmd(id).withForce(true).withRemoveVolumes(true).exec());
    }

    private void removeVolumeQuietly(String name) {
        retry("volume " + name, () -> docker.removeVolumeCmd(name).exec());
    }

    private void removeNetworkQuietly(String name) {
        retry("network " + name, () -> docker.removeNetworkCmd(name).exec(),
                attempt -> NETWORK_FIRST_BACK_OFF_MILLIS << (attempt - 1));
    }

    /** Removal can fail for a moment (a volume still held by a container being removed): try a few times. */
    private static void retry(String what, Runnable removal) {
        retry(what, removal, attempt -> 100L * attempt);
    }

    private static void retry(String what, Runnable removal, LongUnaryOperator backOffMillis) {
        for (int attempt = 1; ; attempt++) {
            try {
                removal.run();
                return;
            } catch (NotFoundException gone) {
                return;
            } catch (RuntimeException e) {
                if (attempt == REMOVE_ATTEMPTS) {
                    LOG.warn("could not remove {}: {}", what, DockerErrors.describe(e));
                    return;
                }
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(backOffMillis.applyAsLong(attempt)));
            }
        }
    }
}
