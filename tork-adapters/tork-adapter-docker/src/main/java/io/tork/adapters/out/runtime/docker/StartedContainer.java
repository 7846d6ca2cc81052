package io.tork.adapters.out.runtime.docker;

/**
 * A container of a task that has been created (and, once its streams are set, started), with its {@code /tork}
 * and the streams following it. Closing it ends the streams; a container that has not exited is force-removed at
 * once (a cancelled task's container must stop now), an exited one is left to the run's background cleanup, as
 * is its {@code /tork}. Closing never throws.
 */
final class StartedContainer implements AutoCloseable {
    private final TaskResources resources;
    private final TorkDir torkDir;
    private String id;
    private LogCallback logs;
    private ExitCallback exit;

    StartedContainer(TaskResources resources, TorkDir torkDir) {
        this.resources = resources;
        this.torkDir = torkDir;
    }

    void created(String containerId) {
        this.id = containerId;
    }

    void streamingLogs(LogCallback logStream) {
        this.logs = logStream;
    }

    void awaitingExit(ExitCallback exitStream) {
        this.exit = exitStream;
    }

    String id() {
        return id;
    }

    TorkDir torkDir() {
        return torkDir;
    }

    /** The container's output as it comes; {@code null} before it started. */
    LogCallback logs() {
        return logs;
    }

    /** Ends when the container stops; {@code null} before it started. */
    ExitCallback exit() {
        return exit;
    }

    @Override
    public void close() {
        boolean exited = exit != null && exit.exitCode() != null;
        if (exit != null) {
            exit.close();
        }
        if (logs != null) {
            logs.close();
        }
        if (id != null && !exited) {
            resources.removeContainer(id);
        }
    }
}
