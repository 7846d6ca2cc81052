package io.tork.adapters.out.runtime.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.Mount;
import com.github.dockerjava.api.model.NetworkSettings;
import com.github.dockerjava.api.model.Ports;
import io.tork.application.port.out.RuntimeFailure;
import io.tork.domain.spec.TaskSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The sidecars of a task (reference §4.2), started one after the other before its main container, each ready
 * once its probe passes. A sidecar that stops after its probe passed, or that has no probe, is not an error.
 * Closing force-removes them all.
 */
final class Sidecars implements AutoCloseable {
    private final List<StartedContainer> started = new ArrayList<>();

    private Sidecars() {
    }

    /**
     * @param specs  the sidecars, already given the task's networks, limits and image defaults
     * @param mounts the task's mounts, shared with its other containers
     */
    static Sidecars start(List<TaskSpec> specs, List<Mount> mounts, ContainerRunner runner, DockerClient docker)
            throws RuntimeFailure, InterruptedException {
        List<SidecarProbe> probes = new ArrayList<>();
        for (TaskSpec spec : specs) {
            // Every probe is checked before anything starts.
            probes.add(spec.probe() == null ? null : SidecarProbe.of(spec.name(), spec.probe()));
        }
        Sidecars sidecars = new Sidecars();
        try {
            for (int i = 0; i < specs.size(); i++) {
                SidecarProbe probe = probes.get(i);
                StartedContainer sidecar = runner.start(specs.get(i), mounts, probe == null ? null : probe.port());
                sidecars.started.add(sidecar);
                if (probe != null) {
                    probe.awaitReady(sidecar, hostPort(docker, sidecar, probe));
                }
            }
            return sidecars;
        } catch (RuntimeFailure | InterruptedException | RuntimeException | Error e) {
            sidecars.close();
            throw e;
        }
    }

    /**
     * Where Docker published the probed port on the loopback interface; it picks the port when the container
     * starts, and forgets it when the container stops.
     */
    private static int hostPort(DockerClient docker, StartedContainer sidecar, SidecarProbe probe)
            throws RuntimeFailure, InterruptedException {
        InspectContainerResponse inspected = docker.inspectContainerCmd(sidecar.id()).exec();
        NetworkSettings settings = inspected.getNetworkSettings();
        Map<ExposedPort, Ports.Binding[]> bindings = settings == null || settings.getPorts() == null ? Map.of()
                : settings.getPorts().getBindings();
        Ports.Binding[] published = bindings.get(ExposedPort.tcp(probe.port()));
        if (published != null) {
            for (Ports.Binding binding : published) {
                if (binding != null && binding.getHostPortSpec() != null && !binding.getHostPortSpec().isBlank()) {
                    return Integer.parseInt(binding.getHostPortSpec());
                }
            }
        }
        if (inspected.getState() != null && Boolean.TRUE.equals(inspected.getState().getRunning())) {
            throw new RuntimeFailure("sidecar '" + probe.sidecarName() + "': docker published no host port for its"
                    + " probe port " + probe.port() + " (is it on a network without port publishing?)");
        }
        throw probe.stopped(sidecar);
    }

    /** Force-removes every sidecar, last started first; never throws. */
    @Override
    public void close() {
        for (int i = started.size() - 1; i >= 0; i--) {
            started.get(i).close();
        }
        started.clear();
    }
}
