package io.tork.plugins.podman;

import io.tork.plugin.api.MountSpec;
import io.tork.plugin.api.RunListener;
import io.tork.plugin.api.RunOutcome;
import io.tork.plugin.api.RunRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of a task: its volumes, its pre steps, its own step, its post steps, one container at a time, all sharing
 * the volumes. Everything it creates carries the labels {@code io.tork.managed=true}, {@code io.tork.task-id} and
 * {@code io.tork.run-id}, and whatever carries this run's label is removed when the run ends, however it ends.
 */
final class PodmanRun {
    static final String MANAGED_LABEL = "io.tork.managed";
    static final String TASK_ID_LABEL = "io.tork.task-id";
    static final String RUN_ID_LABEL = "io.tork.run-id";

    private static final Logger LOG = LoggerFactory.getLogger(PodmanRun.class);
    private static final int VOLUME_REMOVAL_ATTEMPTS = 5;

    private final Podman podman;
    private final PodmanSettings settings;
    private final RunRequest request;
    private final RunListener listener;
    private final String runId = UUID.randomUUID().toString().replace("-", "");
    private final Map<String, String> labels;

    PodmanRun(Podman podman, PodmanSettings settings, RunRequest request, RunListener listener) {
        this.podman = podman;
        this.settings = settings;
        this.request = request;
        this.listener = listener;
        this.labels = Map.of(MANAGED_LABEL, "true", TASK_ID_LABEL, request.taskId(), RUN_ID_LABEL, runId);
    }

    RunOutcome execute() throws PodmanException, IOException, InterruptedException {
        try {
            List<String> mounts = prepareMounts();
            for (RunRequest pre : request.pre()) {
                step(pre, mounts, false);
            }
            String result = step(request, mounts, true);
            for (RunRequest post : request.post()) {
                step(post, mounts, false);
            }
            return new RunOutcome(result);
        } finally {
            cleanUp();
        }
    }

    private String step(RunRequest step, List<String> mounts, boolean main)
            throws PodmanException, IOException, InterruptedException {
        checkNotInterrupted();
        return new StepRun(podman, settings, step, labels, mounts, listener, main).execute();
    }

    /** Checks every mount, then creates the volumes, so that a refused mount creates nothing. */
    private List<String> prepareMounts() throws PodmanException, IOException, InterruptedException {
        for (MountSpec mount : request.mounts()) {
            check(mount);
        }
        List<String> args = new ArrayList<>();
        for (MountSpec mount : request.mounts()) {
            args.add("--mount");
            args.add(switch (mount.type()) {
                case "volume" -> "type=volume,source=" + createVolume(mount) + ",target=" + mount.target();
                case "bind" -> "type=bind,source=" + mount.source() + ",target=" + mount.target();
                default -> tmpfs(mount);
            });
        }
        return args;
    }

    private static void check(MountSpec mount) throws PodmanException {
        switch (mount.type()) {
            case "volume", "tmpfs" -> {
                if (mount.type().equals("tmpfs") && mount.source() != null) {
                    throw new PodmanException("tmpfs source should be empty");
                }
            }
            case "bind" -> {
                if (mount.source() == null) throw new PodmanException("bind source is required");
            }
            default -> throw new PodmanException("unknown mount type: " + mount.type());
        }
        for (String path : new String[] {mount.source(), mount.target()}) {
            if (path != null && path.contains(",")) {
                throw new PodmanException("mount paths may not contain ',': " + path);
            }
        }
    }

    private String createVolume(MountSpec mount) throws PodmanException, IOException, InterruptedException {
        String name = "tork-volume-" + UUID.randomUUID().toString().replace("-", "");
        List<String> args = new ArrayList<>(List.of("volume", "create"));
        labels.forEach((key, value) -> args.addAll(List.of("--label", key + "=" + value)));
        mount.opts().forEach((key, value) -> args.addAll(List.of("--opt", key + "=" + value)));
        args.add(name);
        Podman.Result created = podman.run(args);
        if (!created.succeeded()) {
            throw new PodmanException("cannot create a volume for " + mount.target() + ": " + created.error());
        }
        return name;
    }

    private static String tmpfs(MountSpec mount) {
        String size = mount.opts().get("size");
        return "type=tmpfs,target=" + mount.target() + (size == null || size.isBlank() ? "" : ",tmpfs-size=" + size);
    }

    /** Removes the run's containers first (they hold the volumes), then its volumes; never throws. */
    private void cleanUp() {
        String filter = "label=" + RUN_ID_LABEL + "=" + runId;
        List<String> containers = lines(podman.runToTheEnd(List.of("ps", "--all", "--quiet", "--filter", filter)));
        if (!containers.isEmpty()) {
            List<String> remove = new ArrayList<>(List.of("rm", "--force", "--time", "0", "--ignore"));
            remove.addAll(containers);
            report(podman.runToTheEnd(remove), "containers");
        }
        // a volume can be reported in use for a moment after its last container went: try a few times
        for (int attempt = 1; attempt <= VOLUME_REMOVAL_ATTEMPTS; attempt++) {
            List<String> volumes = lines(podman.runToTheEnd(List.of("volume", "ls", "--quiet", "--filter", filter)));
            if (volumes.isEmpty()) {
                return;
            }
            List<String> remove = new ArrayList<>(List.of("volume", "rm", "--force"));
            remove.addAll(volumes);
            Podman.Result removal = podman.runToTheEnd(remove);
            if (removal.succeeded()) {
                return;
            }
            if (attempt == VOLUME_REMOVAL_ATTEMPTS) {
                report(removal, "volumes");
            } else {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(200L * attempt));
            }
        }
    }

    private void report(Podman.Result removal, String what) {
        if (!removal.succeeded()) {
            LOG.warn("could not remove the {} of task {}: {}", what, request.taskId(), removal.error());
        }
    }

    private static List<String> lines(Podman.Result listing) {
        if (!listing.succeeded()) {
            LOG.warn("podman could not list what a run left: {}", listing.error());
            return List.of();
        }
        return listing.stdout().lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    static void checkNotInterrupted() throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException("task run interrupted");
        }
    }
}
