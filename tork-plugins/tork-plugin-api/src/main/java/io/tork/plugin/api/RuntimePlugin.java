package io.tork.plugin.api;

import java.util.Map;

import org.pf4j.ExtensionPoint;

/**
 * A way to run tasks, such as a container engine or a remote execution service.
 *
 * <p>The engine calls {@link #run} once per task attempt, on a thread dedicated to that attempt; several attempts
 * may run at the same time, so implementations must be thread-safe. The engine has already rendered the task's
 * templates and applied defaults; the request is everything the plugin needs.
 *
 * <p>Obligations of an implementation:
 * <ul>
 *   <li>Execute {@link RunRequest#run() run} (a shell script) when present, otherwise {@link RunRequest#cmd() cmd}
 *       with {@link RunRequest#entrypoint() entrypoint}.</li>
 *   <li>Run the {@link RunRequest#pre() pre} steps before it and the {@link RunRequest#post() post} steps after it,
 *       one at a time, sharing its mounts: a volume is created once per run, not once per step.</li>
 *   <li>Expose {@code TORK_OUTPUT} to the task: a file the task may write its result into. Its content (first
 *       64 KiB) is the {@link RunOutcome#result() result}; when it is empty and
 *       {@link RunRequest#stdoutAsResult()} is set, the task's standard output (first 64 KiB) is. Likewise
 *       {@code TORK_PROGRESS}: a file the task may write a number 0–100 into, reported through
 *       {@link RunListener#progress(double)}.</li>
 *   <li>Stream the task's standard output and error through {@link RunListener#log(String)} while it runs.</li>
 *   <li>Fail a step that exits non-zero with an exception whose message gives the exit code and the last lines of
 *       its output.</li>
 *   <li>Cancellation and {@link RunRequest#timeout() timeouts} interrupt the calling thread: stop what was started
 *       (kill the container or process tree) promptly and throw {@link InterruptedException}.</li>
 *   <li>Leave nothing behind: containers, volumes, networks and temporary files are removed whatever the
 *       outcome.</li>
 * </ul>
 */
public interface RuntimePlugin extends ExtensionPoint {

    /**
     * The name operators use to select this runtime ({@code runtime.type = "<name>"}, or a task's {@code runtime}
     * field). Lower-case letters, digits and dashes; unique among loaded runtimes; constant for the plugin's life.
     */
    String name();

    /**
     * Receives the operator's settings for this runtime before any run: the configuration keys under
     * {@code runtime.<name>.}, without that prefix ({@code runtime.podman.pids.limit = 100} arrives as
     * {@code pids.limit -> 100}; environment variable {@code TORK_RUNTIME_PODMAN_PIDS_LIMIT} sets the same key). Lists
     * arrive comma-separated. Does nothing unless overridden.
     *
     * @throws IllegalArgumentException when a setting is unacceptable; the engine then refuses to start and shows
     *                                  the message, so it should name the key
     */
    default void configure(Map<String, String> settings) {
    }

    /**
     * Whether tasks on this runtime must name an {@link RunRequest#image() image}; the engine then refuses at
     * submission a task without one. True unless overridden (container runtimes need images).
     */
    default boolean requiresImage() {
        return true;
    }

    /** Whether the runtime can run tasks now (its daemon or tool answers); shown on the worker's node. */
    default boolean isHealthy() {
        return true;
    }

    /**
     * Runs one task attempt to completion.
     *
     * @param request  what to run
     * @param listener where to report logs and progress while the task runs; callable from any thread
     * @return the outcome of a successful run
     * @throws InterruptedException when the run was cancelled or timed out (after stopping what was started)
     * @throws Exception            when the task failed (non-zero exit, missing image, …); the message is shown to
     *                              the user as the task's error, so it should say what went wrong
     */
    RunOutcome run(RunRequest request, RunListener listener) throws Exception;
}
