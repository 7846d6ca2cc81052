package io.tork.plugin.api;

/**
 * Receives what a {@link RuntimePlugin} observes while a task runs. Methods may be called from any thread and must
 * not be called after {@link RuntimePlugin#run} has returned.
 */
public interface RunListener {

    /** Output of the task (standard output and error interleaved), in parts, as it arrives. */
    void log(String text);

    /** The task's progress as it last wrote it to {@code TORK_PROGRESS}, a percentage between 0 and 100. */
    void progress(double percent);
}
