package io.tork.adapters.out.runtime.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Mount;
import io.tork.application.port.out.RuntimeFailure;
import io.tork.application.port.out.RuntimeListener;
import io.tork.application.port.out.TaskRuntime;
import io.tork.domain.spec.TaskSpec;
import io.tork.domain.task.Task;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs container tasks on a Docker daemon (SPEC §5, reference §4.2): the task's {@code pre} containers, its
 * sidecars, its own, then its {@code post} containers, sharing the task's mounts, networks and limits. Sidecars
 * run alongside the main container and are removed when it ends. The first failure fails the task. Everything
 * created is labelled {@code io.tork.managed=true} and {@code io.tork.task-id=<task id>} and removed when the run
 * ends, however it ends: a container still running at once, the rest in the background while the outcome is
 * reported ({@link #close()} waits for those removals). Each container's {@code /tork} is a host directory or a
 * Docker volume ({@link TorkDirMode}).
 */
public final class DockerTaskRuntime implements TaskRuntime, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DockerTaskRuntime.class);
    private static final List<String> WORKER_VARIABLES = List.of("TORK_TASK_ID", "TORK_JOB_ID", "TORK_ATTEMPT");

    private final DockerClient docker;
    private final ImagePuller images;
    private final MountPlanner mounts;
    private final HostConfigFactory hostConfigs;
    private final TorkDirs torkDirs;
    private final BackgroundCleanup cleanup = new BackgroundCleanup();

    /** @throws IllegalArgumentException when the config names a capability Docker does not know */
    public DockerTaskRuntime(DockerRuntimeConfig config) {
        this.docker = DockerClients.connect(config.dockerHost());
        this.images = new ImagePuller(docker, config.defaultImagePullPolicy());
        this.mounts = new MountPlanner(config);
        this.hostConfigs = new HostConfigFactory(config);
        this.torkDirs = new TorkDirs(docker, config.torkDirMode(), config.torkDirRoot());
    }

    @Override
    public String name() {
        return "docker";
    }

    @Override
    public String run(Task task, RuntimeListener listener) throws RuntimeFailure, InterruptedException {
        try (TaskResources resources = new TaskResources(docker, task.id(), cleanup)) {
            TaskSpec main = withSidecarNetwork(task.spec(), resources);
            List<Mount> shared = mounts.prepare(main.effectiveMounts(), resources);
            ContainerRunner runner = new ContainerRunner(docker, images, hostConfigs, torkDirs, resources, listener);
            for (TaskSpec pre : listOrEmpty(main.pre())) {
                runner.run(companion(pre, main), shared, false);
            }
            String result;
            List<TaskSpec> sidecarSpecs = listOrEmpty(main.sidecars()).stream().map(s -> companion(s, main)).toList();
            try (Sidecars sidecars = Sidecars.start(sidecarSpecs, shared, runner, docker)) {
                result = runner.run(main, shared, true, task.stdoutAsResult());
            }
            for (TaskSpec post : listOrEmpty(main.post())) {
                runner.run(companion(post, main), shared, false);
            }
            return result;
        } catch (RuntimeException e) {
            if (wasInterrupted(e)) {
                InterruptedException interrupted = new InterruptedException("task run interrupted");
                interrupted.initCause(e);
                throw interrupted;
            }
            throw new RuntimeFailure("docker: " + DockerErrors.describe(e), e);
        }
    }

    /**
     * A task with sidecars gets a network of its own, on which each of its containers is reachable by the slug of
     * its name, besides the networks the task names.
     */
    private static TaskSpec withSidecarNetwork(TaskSpec main, TaskResources resources) {
        if (main.sidecars() == null || main.sidecars().isEmpty()) {
            return main;
        }
        List<String> networks = new ArrayList<>(listOrEmpty(main.networks()));
        networks.add(resources.createNetwork("sidecars"));
        return main.toBuilder().networks(networks).build();
    }

    @Override
    public boolean isHealthy() {
        try {
            docker.pingCmd().exec();
            return true;
        } catch (RuntimeException e) {
            LOG.debug("docker ping failed: {}", DockerErrors.describe(e));
            return false;
        }
    }

    /**
     * What backs {@code /tork} once decided, waiting up to {@code limit} for the probe of {@link TorkDirMode#AUTO}:
     * {@link TorkDirMode#BIND} or {@link TorkDirMode#VOLUME}; {@link TorkDirMode#AUTO} while undecided (no
     * container ran yet, or the probe is still going).
     */
    TorkDirMode torkDirMode(Duration limit) throws InterruptedException {
        return torkDirs.decidedMode(limit);
    }

    /** Waits (30 s at most) for the removals still pending, then lets go of the daemon. */
    @Override
    public void close() {
        cleanup.close();
        torkDirs.close();
        try {
            docker.close();
        } catch (IOException e) {
            LOG.debug("closing the docker client failed", e);
        }
    }

    /**
     * A pre, post or sidecar task as it runs: with the task's mounts, networks and limits, the task's image when it names
     * none, and the worker's {@code TORK_*} variables when it does not set them.
     */
    private static TaskSpec companion(TaskSpec companion, TaskSpec main) {
        Map<String, String> env = new LinkedHashMap<>();
        if (main.env() != null) {
            WORKER_VARIABLES.stream().filter(main.env()::containsKey).forEach(name -> env.put(name, main.env().get(name)));
        }
        if (companion.env() != null) {
            env.putAll(companion.env());
        }
        return companion.toBuilder()
                .image(companion.image() == null || companion.image().isBlank() ? main.image() : companion.image())
                .registry(companion.registry() == null ? main.registry() : companion.registry())
                .env(env)
                .networks(main.networks())
                .limits(main.limits())
                .build();
    }

    /** A Docker call cut short by the interrupt surfaces as a transport error: it is a cancellation. */
    private static boolean wasInterrupted(Throwable error) {
        if (Thread.interrupted()) {
            return true;
        }
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof InterruptedException
                    || cause instanceof InterruptedIOException && !(cause instanceof SocketTimeoutException)) {
                return true;
            }
        }
        return false;
    }

    private static <T> List<T> listOrEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
