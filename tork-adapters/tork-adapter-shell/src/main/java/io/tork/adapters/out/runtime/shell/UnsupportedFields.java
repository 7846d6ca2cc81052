package io.tork.adapters.out.runtime.shell;

import io.tork.application.port.out.RuntimeFailure;
import io.tork.domain.spec.TaskSpec;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Rejects the container-only fields a host process cannot honour, rather than silently ignoring them. */
final class UnsupportedFields {
    private static final String SUFFIX = " on the shell runtime";

    private UnsupportedFields() {
    }

    /** Checks the task and its pre and post tasks; the message names every offending field. */
    static void reject(TaskSpec task) throws RuntimeFailure {
        List<String> problems = new ArrayList<>(problemsOf(task, ""));
        addAll(problems, task.pre(), "pre");
        addAll(problems, task.post(), "post");
        if (!problems.isEmpty()) {
            throw new RuntimeFailure(String.join("; ", problems));
        }
    }

    private static void addAll(List<String> problems, List<TaskSpec> steps, String kind) {
        if (steps == null) return;
        for (int i = 0; i < steps.size(); i++) {
            problems.addAll(problemsOf(steps.get(i), kind + "[" + i + "]: "));
        }
    }

    private static List<String> problemsOf(TaskSpec spec, String prefix) {
        List<String> problems = new ArrayList<>();
        if (present(spec.image())) problems.add(prefix + "image is not supported" + SUFFIX);
        if (present(spec.cmd())) problems.add(prefix + "cmd is not supported" + SUFFIX);
        if (present(spec.entrypoint())) problems.add(prefix + "entrypoint is not supported" + SUFFIX);
        if (present(spec.mounts())) problems.add(prefix + "mounts are not supported" + SUFFIX);
        if (present(spec.volumes())) problems.add(prefix + "volumes are not supported" + SUFFIX);
        if (spec.limits() != null && !spec.limits().isEmpty()) problems.add(prefix + "limits are not supported" + SUFFIX);
        if (present(spec.networks())) problems.add(prefix + "networks are not supported" + SUFFIX);
        if (spec.registry() != null) problems.add(prefix + "registry is not supported" + SUFFIX);
        if (present(spec.sidecars())) problems.add(prefix + "sidecars are not supported" + SUFFIX);
        if (present(spec.gpus())) problems.add(prefix + "gpus are not supported" + SUFFIX);
        return problems;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static boolean present(Collection<?> values) {
        return values != null && !values.isEmpty();
    }
}
