package io.tork.plugins.podman;

import io.tork.plugin.api.ResourceLimits;
import io.tork.plugin.api.RunRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code podman create} arguments of one step (reference §4.2, as the Docker runtime does it): a script runs
 * as {@code sh -c /tork/entrypoint}; {@code TORK_OUTPUT} and {@code TORK_PROGRESS} point into {@code /tork}; the
 * container is hardened and limited; environment values travel in a file, not on the command line, where other
 * users of the host could read them.
 */
final class CreateCommand {
    private CreateCommand() {
    }

    /**
     * @param mounts    the run's {@code --mount} arguments, shared by all its steps
     * @param envFile   the file holding the step's environment, see {@link #environmentFile}
     */
    static List<String> of(RunRequest step, String name, Map<String, String> labels, List<String> mounts,
                           TaskDirectory directory, Path envFile, PodmanSettings settings) throws PodmanException {
        if (step.image() == null || step.image().isBlank()) {
            throw new PodmanException("task image is required");
        }
        List<String> args = new ArrayList<>(List.of("create", "--name", name));
        labels.forEach((key, value) -> args.addAll(List.of("--label", key + "=" + value)));
        harden(args, settings);
        limit(args, step.limits());
        step.networks().forEach(network -> args.addAll(List.of("--network", network)));
        args.addAll(mounts);
        args.addAll(List.of("--mount", "type=bind,source=" + directory.mounted() + ",target=" + TaskDirectory.MOUNT_POINT));
        args.addAll(List.of("--env-file", envFile.toString()));
        step.env().forEach((key, value) -> {
            if (!fitsEnvironmentFile(value)) args.addAll(List.of("--env", key + "=" + value));
        });
        args.addAll(List.of("--env", "TORK_OUTPUT=" + TaskDirectory.OUTPUT_FILE,
                "--env", "TORK_PROGRESS=" + TaskDirectory.PROGRESS_FILE));
        String workdir = workdir(step);
        if (workdir != null) {
            args.addAll(List.of("--workdir", workdir));
        }
        List<String> entrypoint = !step.entrypoint().isEmpty() ? step.entrypoint()
                : step.isScript() ? List.of("sh", "-c") : List.of();
        if (!entrypoint.isEmpty()) {
            args.addAll(List.of("--entrypoint", jsonArray(entrypoint)));
        }
        args.add(step.image());
        if (!step.cmd().isEmpty()) {
            args.addAll(step.cmd());
        } else if (step.isScript()) {
            args.add(TaskDirectory.ENTRYPOINT_FILE);
        }
        return args;
    }

    /** The step's working directory: its own, else {@code /tork/workdir} when it has files, else the image's. */
    static String workdir(RunRequest step) {
        if (step.workdir() != null) return step.workdir();
        return step.files().isEmpty() ? null : TaskDirectory.DEFAULT_WORKDIR;
    }

    /** The lines of Podman's {@code --env-file} for the values that fit in one ({@code NAME=value} per line). */
    static String environmentFile(Map<String, String> env) {
        StringBuilder file = new StringBuilder();
        env.forEach((key, value) -> {
            if (fitsEnvironmentFile(value)) file.append(key).append('=').append(value).append('\n');
        });
        return file.toString();
    }

    /** A value spanning lines cannot be written in an environment file; it goes on the command line instead. */
    private static boolean fitsEnvironmentFile(String value) {
        return value.indexOf('\n') < 0 && value.indexOf('\r') < 0;
    }

    private static void harden(List<String> args, PodmanSettings settings) {
        args.addAll(List.of("--cap-drop", "ALL"));
        PodmanSettings.CAPABILITIES.forEach(capability -> args.addAll(List.of("--cap-add", capability)));
        args.addAll(List.of("--security-opt", "no-new-privileges"));
        args.addAll(List.of("--pids-limit", settings.pidsLimit() > 0 ? Long.toString(settings.pidsLimit()) : "-1"));
        settings.ulimits().forEach(ulimit -> args.addAll(List.of("--ulimit", ulimit)));
    }

    private static void limit(List<String> args, ResourceLimits limits) {
        if (limits.cpus() != null) args.addAll(List.of("--cpus", limits.cpus()));
        if (limits.memory() != null) args.addAll(List.of("--memory", limits.memory()));
    }

    private static String jsonArray(List<String> items) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) json.append(',');
            json.append('"');
            for (char c : items.get(i).toCharArray()) {
                switch (c) {
                    case '"' -> json.append("\\\"");
                    case '\\' -> json.append("\\\\");
                    case '\n' -> json.append("\\n");
                    case '\r' -> json.append("\\r");
                    case '\t' -> json.append("\\t");
                    default -> {
                        if (c < 0x20) json.append(String.format("\\u%04x", (int) c));
                        else json.append(c);
                    }
                }
            }
            json.append('"');
        }
        return json.append(']').toString();
    }
}
