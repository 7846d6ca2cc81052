package io.tork.plugins.podman;

import io.tork.plugin.api.RunListener;
import io.tork.plugin.api.RunRequest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * One container of a run, to its end: its {@code /tork} folder, create, copy files into a custom workdir, start
 * attached (the output streams to the listener), poll progress, wait, read the result; then remove it.
 */
final class StepRun {
    static final int MAX_RESULT_BYTES = 64 * 1024;

    private static final long PROGRESS_INTERVAL_MILLIS = 1000;
    private static final long OUTPUT_DRAIN_SECONDS = 10;
    private static final int FAILURE_LINES = 20;

    private final Podman podman;
    private final PodmanSettings settings;
    private final RunRequest step;
    private final Map<String, String> labels;
    private final List<String> mounts;
    private final RunListener listener;
    private final boolean main;
    private final String name = "tork-" + UUID.randomUUID().toString().replace("-", "");

    /** @param main whether this is the task's own step: it alone reports progress and gives the result */
    StepRun(Podman podman, PodmanSettings settings, RunRequest step, Map<String, String> labels, List<String> mounts,
            RunListener listener, boolean main) {
        this.podman = podman;
        this.settings = settings;
        this.step = step;
        this.labels = labels;
        this.mounts = mounts;
        this.listener = listener;
        this.main = main;
    }

    /** @return the result of the task's own step; empty for pre and post steps */
    String execute() throws PodmanException, IOException, InterruptedException {
        try (TaskDirectory directory = TaskDirectory.create(step)) {
            try {
                create(directory);
                copyFilesIntoCustomWorkdir(directory);
                PodmanRun.checkNotInterrupted();
                return attach(directory);
            } finally {
                podman.runToTheEnd(List.of("rm", "--force", "--time", "0", "--ignore", name));
            }
        } catch (IllegalArgumentException e) {
            throw new PodmanException(e.getMessage());
        }
    }

    private void create(TaskDirectory directory) throws PodmanException, IOException, InterruptedException {
        Path envFile = directory.privateFile("env", CreateCommand.environmentFile(step.env()));
        Podman.Result created = podman.run(CreateCommand.of(step, name, labels, mounts, directory, envFile, settings));
        if (!created.succeeded()) {
            throw new PodmanException("podman could not create the container: " + created.error());
        }
    }

    private void copyFilesIntoCustomWorkdir(TaskDirectory directory)
            throws PodmanException, IOException, InterruptedException {
        if (step.workdir() == null || step.files().isEmpty()) {
            return;
        }
        Path staged = directory.stageFiles(step.files());
        Podman.Result copied = podman.run(List.of("cp", staged + "/.", name + ":" + step.workdir()));
        if (!copied.succeeded()) {
            throw new PodmanException("could not copy the task's files to " + step.workdir() + ": " + copied.error());
        }
    }

    private String attach(TaskDirectory directory) throws PodmanException, IOException, InterruptedException {
        Process attached = podman.start(List.of("start", "--attach", name));
        attached.getOutputStream().close();
        LastLines tail = new LastLines(FAILURE_LINES);
        boolean stdoutAsResult = main && step.stdoutAsResult();
        OutputPump stdout = OutputPump.start(attached.getInputStream(), listener, tail,
                stdoutAsResult ? MAX_RESULT_BYTES : 0);
        OutputPump stderr = OutputPump.start(attached.getErrorStream(), listener, tail, 0);
        int exitCode;
        try {
            exitCode = awaitExit(attached, main ? new ProgressPoller(directory, listener) : null);
        } catch (InterruptedException e) {
            // stop the container first: killing the attached client alone would leave it running
            podman.runToTheEnd(List.of("rm", "--force", "--time", "0", "--ignore", name));
            Podman.destroy(attached);
            throw e;
        }
        stdout.await(OUTPUT_DRAIN_SECONDS);
        stderr.await(OUTPUT_DRAIN_SECONDS);
        if (exitCode != 0) {
            String lines = tail.text();
            throw new PodmanException("exit code " + exitCode + (lines.isEmpty() ? "" : ": " + lines));
        }
        if (!main) {
            return "";
        }
        TaskDirectory.Output output = directory.readOutput(MAX_RESULT_BYTES);
        if (output.truncated()) {
            listener.log("warning: the task output is larger than " + MAX_RESULT_BYTES / 1024 + " KiB; only the first "
                    + MAX_RESULT_BYTES / 1024 + " KiB are kept, the rest was dropped\n");
        }
        return output.text().isEmpty() && stdoutAsResult ? stdout.head() : output.text();
    }

    private static int awaitExit(Process attached, ProgressPoller progress) throws InterruptedException {
        while (!attached.waitFor(PROGRESS_INTERVAL_MILLIS, TimeUnit.MILLISECONDS)) {
            if (progress != null) progress.poll();
        }
        if (progress != null) progress.poll();
        return attached.exitValue();
    }
}
