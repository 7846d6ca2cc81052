package io.tork.adapters.out.runtime.docker;

/**
 * A container of a task that has been created (and, once its streams are set, started), with its
 * {@code /tork} volume and the streams following it. Closing it ends the streams and removes the container, then
 * the volume; it never throws.
 */
final class StartedContainer implements AutoCloseable {
    private final TaskResources resources;
    private final String torkVolume;
    private String id;
    private LogCallback logs;
    private ExitCallback exit;

    StartedContainer(TaskResources resources, String torkVolume) {
        this.resources = resources;
        this.torkVolume = torkVolume;
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

    String torkVolume() {
        return torkVolume;
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
        if (exit != null) {
            exit.close();
        }
        if (logs != null) {
            logs.close();
        }
        if (id != null) {
            resources.removeContainer(id);
        }
        resources.removeVolume(torkVolume);
    }
}
