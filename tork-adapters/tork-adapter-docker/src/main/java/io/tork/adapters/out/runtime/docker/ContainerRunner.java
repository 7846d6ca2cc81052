package io.tork.adapters.out.runtime.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.ContainerNetwork;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Mount;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import io.tork.application.port.out.RuntimeFailure;
import io.tork.application.port.out.RuntimeListener;
import io.tork.domain.spec.TaskSpec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one container of a task to its end: image, {@code /tork}, create, put the files in, start, stream the logs,
 * poll progress, wait, read the result back. The run's {@link TaskResources} remove the container and its
 * {@code /tork} afterwards.
 */
final class ContainerRunner {
    static final int MAX_RESULT_BYTES = 64 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(ContainerRunner.class);
    private static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(2);
    private static final Duration LOG_DRAIN_LIMIT = Duration.ofSeconds(10);
    /** Networks where Docker refuses network-scoped aliases. */
    private static final Set<String> BUILT_IN_NETWORKS = Set.of("bridge", "host", "none", "default");
    /** Published ports are for the worker's own probes, never for the outside world. */
    private static final String LOOPBACK = "127.0.0.1";
    /** How the daemon starts its answer to a creation from an image it does not have. */
    private static final String NO_SUCH_IMAGE = "No such image";

    private final DockerClient docker;
    private final ImagePuller images;
    private final HostConfigFactory hostConfigs;
    private final TorkDirs torkDirs;
    private final TaskResources resources;
    private final RuntimeListener listener;

    ContainerRunner(DockerClient docker, ImagePuller images, HostConfigFactory hostConfigs, TorkDirs torkDirs,
            TaskResources resources, RuntimeListener listener) {
        this.docker = docker;
        this.images = images;
        this.hostConfigs = hostConfigs;
        this.torkDirs = torkDirs;
        this.resources = resources;
        this.listener = listener;
    }

    /**
     * @param mounts    the task's mounts, already prepared and shared by all its containers
     * @param isMainTask whether to poll progress and read the result
     * @return what the container wrote to {@code $TORK_OUTPUT} (empty for pre and post tasks)
     */
    String run(TaskSpec spec, List<Mount> mounts, boolean isMainTask) throws RuntimeFailure, InterruptedException {
        return run(spec, mounts, isMainTask, false);
    }

    /**
     * @param stdoutAsResult when the main task wrote nothing to {@code $TORK_OUTPUT}, its standard output (first
     *                       64 KiB) is the result — the seed API's single tasks
     */
    String run(TaskSpec spec, List<Mount> mounts, boolean isMainTask, boolean stdoutAsResult)
            throws RuntimeFailure, InterruptedException {
        try (StartedContainer container = start(spec, mounts, null)) {
            awaitExit(container.id(), container.exit(), isMainTask);
            // The log stream ends with the container; let it deliver its last lines before judging the run.
            container.logs().await(LOG_DRAIN_LIMIT);

            int exitCode = exitCodeOf(container.exit());
            if (exitCode != 0) {
                throw new RuntimeFailure("exit code " + exitCode + ": " + container.logs().tail());
            }
            if (!isMainTask) return "";
            String result = readResult(container);
            return result.isEmpty() && stdoutAsResult ? readStdout(container.id()) : result;
        }
    }

    /**
     * Creates and starts a container, its logs streaming to the listener; closing what is returned removes it.
     *
     * @param publishedPort a container port to publish on {@code 127.0.0.1} at a port Docker picks, or
     *                      {@code null}
     */
    StartedContainer start(TaskSpec spec, List<Mount> mounts, Integer publishedPort)
            throws RuntimeFailure, InterruptedException {
        ContainerPlan plan = ContainerPlan.of(spec);
        List<String> networks = spec.networks() == null ? List.of() : spec.networks();
        checkNetworksExist(networks);
        images.ensurePresent(plan.image(), spec.registry(), listener);
        checkNotInterrupted();

        StartedContainer container = new StartedContainer(resources, torkDirs.create(resources, plan.image()));
        try {
            List<Mount> allMounts = new ArrayList<>(mounts);
            allMounts.add(container.torkDir().mount());
            HostConfig host = hostConfigs.build(spec.limits(), spec.gpus(), allMounts,
                    networks.isEmpty() ? null : networks.getFirst());
            if (publishedPort != null) {
                host = host.withPortBindings(
                        new PortBinding(Ports.Binding.bindIp(LOOPBACK), ExposedPort.tcp(publishedPort)));
            }
            HostConfig hostConfig = host;
            container.created(create(plan, spec, () -> {
                CreateContainerCmd create = createCommand(plan, hostConfig, networks, Slug.of(spec.name()));
                return publishedPort == null ? create : create.withExposedPorts(ExposedPort.tcp(publishedPort));
            }));
            checkNotInterrupted();
            container.torkDir().populate(container.id(), plan);
            connectOtherNetworks(container.id(), networks, Slug.of(spec.name()));
            checkNotInterrupted();

            docker.startContainerCmd(container.id()).exec();
            container.streamingLogs(docker.logContainerCmd(container.id()).withStdOut(true).withStdErr(true)
                    .withFollowStream(true).exec(new LogCallback(listener)));
            container.awaitingExit(docker.waitContainerCmd(container.id()).exec(new ExitCallback()));
            return container;
        } catch (RuntimeFailure | InterruptedException | RuntimeException | Error e) {
            container.close();
            throw e;
        }
    }

    /**
     * Creates the container. The image was present when last looked at, but may have been removed since: then it is
     * made present again (or the pull policy says why not) and the creation tried once more.
     */
    private String create(ContainerPlan plan, TaskSpec spec, Supplier<CreateContainerCmd> command)
            throws RuntimeFailure, InterruptedException {
        try {
            return resources.createContainer(command.get());
        } catch (NotFoundException e) {
            if (!DockerErrors.describe(e).startsWith(NO_SUCH_IMAGE)) {
                throw e;
            }
            images.forget(plan.image());
            images.ensurePresent(plan.image(), spec.registry(), listener);
            return resources.createContainer(command.get());
        }
    }

    private void checkNetworksExist(List<String> networks) throws RuntimeFailure {
        for (String network : networks) {
            try {
                docker.inspectNetworkCmd().withNetworkId(network).exec();
            } catch (NotFoundException e) {
                throw new RuntimeFailure("network not found: " + network);
            }
        }
    }

    private CreateContainerCmd createCommand(ContainerPlan plan, HostConfig host, List<String> networks, String alias) {
        CreateContainerCmd create = docker.createContainerCmd(plan.image()).withHostConfig(host).withEnv(plan.env());
        if (plan.cmd() != null) {
            create = create.withCmd(plan.cmd());
        }
        if (plan.entrypoint() != null) {
            create = create.withEntrypoint(plan.entrypoint());
        }
        if (plan.workdir() != null) {
            create = create.withWorkingDir(plan.workdir());
        }
        // docker-java puts the aliases on the endpoint of the network the container is created on.
        if (!networks.isEmpty() && alias != null && !BUILT_IN_NETWORKS.contains(networks.getFirst())) {
            create = create.withAliases(alias);
        }
        return create;
    }

    private void connectOtherNetworks(String containerId, List<String> networks, String alias) {
        for (String network : networks.subList(Math.min(1, networks.size()), networks.size())) {
            ContainerNetwork endpoint = new ContainerNetwork();
            if (alias != null && !BUILT_IN_NETWORKS.contains(network)) {
                endpoint = endpoint.withAliases(alias);
            }
            docker.connectToNetworkCmd().withNetworkId(network).withContainerId(containerId)
                    .withContainerNetwork(endpoint).exec();
        }
    }

    private void awaitExit(String containerId, ExitCallback exit, boolean pollProgress) throws InterruptedException {
        if (!pollProgress) {
            exit.await();
            return;
        }
        ProgressPoller progress = new ProgressPoller(docker, containerId, listener);
        while (!exit.await(PROGRESS_INTERVAL)) {
            progress.poll();
        }
    }

    private static int exitCodeOf(ExitCallback exit) throws RuntimeFailure {
        if (exit.exitCode() != null) {
            return exit.exitCode();
        }
        Throwable error = exit.error();
        throw new RuntimeFailure("lost track of the container: "
                + (error == null ? "the wait ended without an exit code" : DockerErrors.describe(error)), error);
    }

    private String readStdout(String containerId) throws InterruptedException {
        try (StdoutCollector stdout = docker.logContainerCmd(containerId).withStdOut(true).withStdErr(false)
                .withFollowStream(false).exec(new StdoutCollector(MAX_RESULT_BYTES))) {
            stdout.await(LOG_DRAIN_LIMIT);
            return utf8Prefix(stdout.bytes());
        }
    }

    private String readResult(StartedContainer container) throws RuntimeFailure {
        TarReader.Content content = container.torkDir().readOutput(container.id(), MAX_RESULT_BYTES);
        if (content == null) {
            // The task removed its output file: it wrote nothing.
            return "";
        }
        if (content.truncated()) {
            listener.log("warning: the task output is larger than " + MAX_RESULT_BYTES / 1024
                    + " KiB; only the first " + MAX_RESULT_BYTES / 1024 + " KiB are kept, the rest was dropped\n");
            LOG.debug("result of container {} truncated", container.id());
        }
        return utf8Prefix(content.bytes());
    }

    /** Decodes the bytes, leaving out a character the size cut in half. */
    static String utf8Prefix(byte[] bytes) {
        int end = bytes.length;
        int start = Math.max(0, end - 3);
        for (int i = end - 1; i >= start; i--) {
            int b = bytes[i] & 0xff;
            if ((b & 0xc0) == 0x80) {
                continue;
            }
            int expected = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
            if (end - i < expected) {
                end = i;
            }
            break;
        }
        return new String(bytes, 0, end, StandardCharsets.UTF_8);
    }

    private static void checkNotInterrupted() throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException("task run interrupted");
        }
    }
}
