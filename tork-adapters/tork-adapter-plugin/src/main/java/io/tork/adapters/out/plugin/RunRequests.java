package io.tork.adapters.out.plugin;

import io.tork.application.port.out.RuntimeFailure;
import io.tork.domain.common.Durations;
import io.tork.domain.spec.Limits;
import io.tork.domain.spec.Mount;
import io.tork.domain.spec.TaskSpec;
import io.tork.domain.task.Task;
import io.tork.plugin.api.MountSpec;
import io.tork.plugin.api.ResourceLimits;
import io.tork.plugin.api.RunRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the engine's task into the API's {@link RunRequest}, doing what the API promises plugins the engine has done:
 * pre and post steps inherit the task's image, limits, networks and {@code TORK_*} variables; bind mounts are
 * checked against the operator's policy; fields the API cannot express are refused with a clear message.
 */
final class RunRequests {
    private static final List<String> WORKER_VARIABLES = List.of("TORK_TASK_ID", "TORK_JOB_ID", "TORK_ATTEMPT");
    /** Mounting a container engine's socket would hand the task control of the host. */
    private static final List<Path> ENGINE_SOCKETS = List.of(Path.of("/var/run/docker.sock"),
            Path.of("/run/docker.sock"), Path.of("/run/podman/podman.sock"), Path.of("/var/run/podman/podman.sock"));

    private final String runtime;
    private final BindMountPolicy bindMounts;

    /** @param runtime the runtime's name, for messages */
    RunRequests(String runtime, BindMountPolicy bindMounts) {
        this.runtime = runtime;
        this.bindMounts = bindMounts;
    }

    RunRequest of(Task task) throws RuntimeFailure {
        TaskSpec main = task.spec();
        refuseWhatTheApiCannotExpress(main);
        List<RunRequest> pre = new ArrayList<>();
        for (TaskSpec step : listOrEmpty(main.pre())) {
            pre.add(step(task, companion(step, main)));
        }
        List<RunRequest> post = new ArrayList<>();
        for (TaskSpec step : listOrEmpty(main.post())) {
            post.add(step(task, companion(step, main)));
        }
        return builder(task, main, mounts(main), task.stdoutAsResult()).pre(pre).post(post).build();
    }

    /** A pre or post step: it shares the task's mounts, so it has none of its own. */
    private RunRequest step(Task task, TaskSpec spec) throws RuntimeFailure {
        refuseWhatTheApiCannotExpress(spec);
        return builder(task, spec, List.of(), false).build();
    }

    private static RunRequest.Builder builder(Task task, TaskSpec spec, List<MountSpec> mounts,
                                              boolean stdoutAsResult) {
        Limits limits = spec.limits();
        return RunRequest.builder(task.id(), task.jobId(), task.attempt())
                .image(blankToNull(spec.image()))
                .cmd(spec.cmd())
                .entrypoint(spec.entrypoint())
                .run(spec.run())
                .env(textValues(spec.env()))
                .files(textValues(spec.files()))
                .workdir(blankToNull(spec.workdir()))
                .mounts(mounts)
                .limits(limits == null ? ResourceLimits.NONE : new ResourceLimits(limits.cpus(), limits.memory()))
                .timeout(timeout(spec.timeout()))
                .networks(spec.networks())
                .stdoutAsResult(stdoutAsResult);
    }

    private void refuseWhatTheApiCannotExpress(TaskSpec spec) throws RuntimeFailure {
        List<String> unsupported = new ArrayList<>();
        if (spec.sidecars() != null && !spec.sidecars().isEmpty()) unsupported.add("sidecars");
        if (spec.gpus() != null && !spec.gpus().isBlank()) unsupported.add("gpus");
        if (spec.registry() != null) unsupported.add("registry credentials");
        if (!unsupported.isEmpty()) {
            throw new RuntimeFailure("the " + runtime + " runtime does not support " + String.join(", ", unsupported)
                    + " (run the task on the docker runtime)");
        }
    }

    private List<MountSpec> mounts(TaskSpec spec) throws RuntimeFailure {
        List<MountSpec> mounts = new ArrayList<>();
        for (Mount mount : spec.effectiveMounts()) {
            if (Mount.BIND.equals(mount.type())) {
                checkBind(mount);
            }
            try {
                mounts.add(new MountSpec(mount.type(), blankToNull(mount.source()), mount.target(), mount.opts()));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new RuntimeFailure("invalid mount: " + e.getMessage());
            }
        }
        return mounts;
    }

    private void checkBind(Mount mount) throws RuntimeFailure {
        if (!bindMounts.allowed()) {
            throw new RuntimeFailure("bind mounts are not allowed (mounts.bind.allowed = false)");
        }
        if (mount.source() == null || mount.source().isBlank()) {
            throw new RuntimeFailure("bind source is required");
        }
        Path source = Path.of(mount.source()).normalize();
        for (Path socket : ENGINE_SOCKETS) {
            if (socket.startsWith(source)) {
                throw new RuntimeFailure("bind mount source not allowed: " + mount.source()
                        + " (it would expose a container engine's socket)");
            }
        }
        if (!bindMounts.sources().isEmpty() && !bindMounts.sources().contains(mount.source())) {
            throw new RuntimeFailure("bind mount source not allowed: " + mount.source());
        }
    }

    /**
     * A pre or post step as it runs: the task's image when it names none, the task's limits and networks, and the
     * worker's {@code TORK_*} variables unless it sets them itself.
     */
    private static TaskSpec companion(TaskSpec step, TaskSpec main) {
        Map<String, String> env = new LinkedHashMap<>();
        if (main.env() != null) {
            WORKER_VARIABLES.stream().filter(main.env()::containsKey).forEach(name -> env.put(name, main.env().get(name)));
        }
        if (step.env() != null) {
            env.putAll(step.env());
        }
        return step.toBuilder()
                .image(step.image() == null || step.image().isBlank() ? main.image() : step.image())
                .env(env)
                .networks(main.networks())
                .limits(main.limits())
                .mounts(null)
                .volumes(null)
                .build();
    }

    private static Duration timeout(String text) {
        if (text == null || text.isBlank()) return null;
        Duration timeout = Durations.parse(text);
        return timeout.isZero() || timeout.isNegative() ? null : timeout;
    }

    /** The API's maps hold text only: an empty value stays empty rather than missing. */
    private static Map<String, String> textValues(Map<String, String> values) {
        if (values == null) return Map.of();
        Map<String, String> copy = new LinkedHashMap<>();
        values.forEach((name, value) -> copy.put(name, value == null ? "" : value));
        return copy;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static <T> List<T> listOrEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
