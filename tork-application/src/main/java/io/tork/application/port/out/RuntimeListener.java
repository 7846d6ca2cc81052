package io.tork.application.port.out;

/** What a runtime reports while a task runs. Calls may come from any thread. */
public interface RuntimeListener {
    /** Output of the task's containers or processes (stdout and stderr, pre and post included), as it comes. */
    void log(String text);

    /** The value the task wrote to {@code $TORK_PROGRESS}, 0–100. */
    void progress(double percent);
}
