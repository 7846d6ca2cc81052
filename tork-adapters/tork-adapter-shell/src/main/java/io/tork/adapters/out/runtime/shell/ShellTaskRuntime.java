package io.tork.adapters.out.runtime.shell;

import io.tork.application.port.out.RuntimeFailure;
import io.tork.application.port.out.RuntimeListener;
import io.tork.application.port.out.TaskRuntime;
import io.tork.domain.spec.TaskSpec;
import io.tork.domain.task.Task;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Runs tasks as processes of the worker's host (reference §4.3): each of the task's pre tasks, the task, then
 * its post tasks, one after the other in a temp dir of their own; the first failure fails the task. Scripts
 * run with {@link ShellRuntimeConfig#shell()} and see only the task's environment plus {@code PATH},
 * {@code HOME}, {@code LANG} and {@code TMPDIR} of the host, never the worker's other variables (credentials).
 * A task's {@code files} are written to the directory the script starts in, unless it sets {@code workdir}
 * (a host directory); container-only fields are rejected.
 */
public final class ShellTaskRuntime implements TaskRuntime {
    static final Duration DEFAULT_PROGRESS_INTERVAL = Duration.ofSeconds(2);

    private final ScriptRun scripts;

    /**
     * @throws IllegalStateException when the config asks for another uid/gid but {@code setpriv} is not
     *                               installed, so that a misconfigured worker fails at start, not per task
     */
    public ShellTaskRuntime(ShellRuntimeConfig config) {
        this(config, DEFAULT_PROGRESS_INTERVAL);
    }

    ShellTaskRuntime(ShellRuntimeConfig config, Duration progressInterval) {
        this(config, progressInterval, ShellTaskRuntime::onPath);
    }

    /** @param findProgram where an executable of that name is installed, if it is */
    ShellTaskRuntime(ShellRuntimeConfig config, Duration progressInterval,
                     Function<String, Optional<Path>> findProgram) {
        this.scripts = new ScriptRun(config, userSwitch(config, findProgram), progressInterval);
    }

    private static List<String> userSwitch(ShellRuntimeConfig config, Function<String, Optional<Path>> findProgram) {
        if (!config.switchesUser()) return List.of();
        Path setpriv = findProgram.apply("setpriv").orElseThrow(() -> new IllegalStateException(
                "runtime.shell.uid/gid is set but setpriv (util-linux) is not installed on this host's PATH"));
        List<String> command = new ArrayList<>(List.of(setpriv.toString()));
        if (config.uid() != null) command.addAll(List.of("--reuid", config.uid().toString()));
        if (config.gid() != null) command.addAll(List.of("--regid", config.gid().toString()));
        command.add("--clear-groups");
        return List.copyOf(command);
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) return Optional.empty();
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isBlank()) continue;
            Path candidate = Path.of(dir, program);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) return Optional.of(candidate);
        }
        return Optional.empty();
    }

    @Override
    public String name() {
        return "shell";
    }

    @Override
    public String run(Task task, RuntimeListener listener) throws RuntimeFailure, InterruptedException {
        TaskSpec spec = task.spec();
        UnsupportedFields.reject(spec);
        runAll("pre", spec.pre(), listener);
        OutputHead head = new OutputHead(listener);
        String result = runOne(spec, head);
        runAll("post", spec.post(), listener);
        return result.isEmpty() && task.stdoutAsResult() ? head.text() : result;
    }

    private void runAll(String kind, List<TaskSpec> steps, RuntimeListener listener)
            throws RuntimeFailure, InterruptedException {
        if (steps == null) return;
        for (int i = 0; i < steps.size(); i++) {
            try {
                runOne(steps.get(i), listener);
            } catch (RuntimeFailure failure) {
                throw new RuntimeFailure(kind + "[" + i + "]: " + failure.getMessage(), failure);
            }
        }
    }

    private String runOne(TaskSpec spec, RuntimeListener listener) throws RuntimeFailure, InterruptedException {
        return scripts.run(spec.run(), orEmpty(spec.env()), orEmpty(spec.files()), spec.workdir(), listener);
    }

    private static Map<String, String> orEmpty(Map<String, String> map) {
        return map == null ? Map.of() : map;
    }

    @Override
    public boolean isHealthy() {
        return true;
    }
}
