package io.tork.adapters.out.runtime.shell;

import io.tork.application.port.out.RuntimeFailure;
import io.tork.application.port.out.RuntimeListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One script (a task, or one of its pre or post tasks) run as a host process in its own {@link TaskDirectory}:
 * output streamed, progress polled, every process it started killed when it ends or is interrupted.
 */
final class ScriptRun {
    private static final Logger log = LoggerFactory.getLogger(ScriptRun.class);
    /** Host variables a script gets; everything else of the worker's environment stays private. */
    static final List<String> HOST_VARIABLES = List.of("PATH", "HOME", "LANG", "TMPDIR");
    private static final Duration OUTPUT_DRAIN_LIMIT = Duration.ofSeconds(5);
    private static final Duration KILL_WAIT_LIMIT = Duration.ofSeconds(5);

    private final ShellRuntimeConfig config;
    private final List<String> userSwitch;
    private final Duration progressInterval;

    ScriptRun(ShellRuntimeConfig config, List<String> userSwitch, Duration progressInterval) {
        this.config = config;
        this.userSwitch = userSwitch;
        this.progressInterval = progressInterval;
    }

    /** Runs the script and returns its result; the directory is gone when this returns or throws. */
    String run(String script, Map<String, String> env, Map<String, String> files, String workdir,
               RuntimeListener listener) throws RuntimeFailure, InterruptedException {
        try (TaskDirectory directory = TaskDirectory.create(script, files)) {
            if (config.switchesUser()) directory.handTo(config.uid(), config.gid());
            Process process = start(processFor(directory, env, workdir(directory, workdir)));
            ScriptProcesses processes = new ScriptProcesses(process, "TORK_OUTPUT", directory.output().toString());
            OutputPump output = OutputPump.start(process.getInputStream(), listener);
            ProgressPoller progress = ProgressPoller.start(directory.progress(), listener, progressInterval);
            int exitCode;
            try {
                exitCode = process.waitFor();
            } catch (InterruptedException interrupted) {
                stop(processes, process, output, progress);
                throw interrupted;
            }
            // Background processes the script left behind die with it, as in a container.
            processes.killAll();
            finish(output, progress);
            if (exitCode != 0) {
                throw new RuntimeFailure(failureMessage(exitCode, output.lastLines()));
            }
            return directory.result();
        }
    }

    private ProcessBuilder processFor(TaskDirectory directory, Map<String, String> env, Path cwd)
            throws RuntimeFailure {
        List<String> command = new ArrayList<>(userSwitch);
        command.addAll(config.shell());
        command.add(directory.entrypoint().toString());
        ProcessBuilder builder = new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.clear();
        HOST_VARIABLES.forEach(name -> {
            String value = System.getenv(name);
            if (value != null) environment.put(name, value);
        });
        try {
            env.forEach((name, value) -> environment.put(name, value == null ? "" : value));
        } catch (IllegalArgumentException invalid) {
            throw new RuntimeFailure("invalid environment variable: " + invalid.getMessage(), invalid);
        }
        environment.put("TORK_OUTPUT", directory.output().toString());
        environment.put("TORK_PROGRESS", directory.progress().toString());
        return builder;
    }

    /** The task's {@code workdir} (relative ones inside the task directory), else the directory of its files. */
    private static Path workdir(TaskDirectory directory, String workdir) throws RuntimeFailure {
        if (workdir == null || workdir.isBlank()) return directory.workdir();
        Path path = directory.workdir().resolve(workdir);
        if (!Files.isDirectory(path)) {
            throw new RuntimeFailure("workdir " + workdir + " is not a directory on this host");
        }
        return path;
    }

    private static Process start(ProcessBuilder builder) throws RuntimeFailure {
        try {
            return ForkGuard.start(builder::start);
        } catch (IOException e) {
            throw new RuntimeFailure("cannot start " + String.join(" ", builder.command()) + ": " + e.getMessage(), e);
        }
    }

    /** Kills everything the script started and waits for it, ignoring further interrupts meanwhile. */
    private static void stop(ScriptProcesses processes, Process process, OutputPump output, ProgressPoller progress) {
        boolean interruptedAgain = false;
        processes.killAll();
        try {
            if (!process.waitFor(KILL_WAIT_LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("shell process {} did not end after being killed", process.pid());
            }
            finish(output, progress);
        } catch (InterruptedException again) {
            interruptedAgain = true;
        }
        if (interruptedAgain) Thread.currentThread().interrupt();
    }

    private static void finish(OutputPump output, ProgressPoller progress) throws InterruptedException {
        progress.stop();
        if (!output.awaitEnd(OUTPUT_DRAIN_LIMIT)) {
            log.warn("output of a shell task is still open after the script ended; some process escaped the kill");
        }
    }

    private static String failureMessage(int exitCode, String lastLines) {
        String message = "exit code " + exitCode;
        return lastLines.isBlank() ? message : message + ": " + lastLines;
    }
}
