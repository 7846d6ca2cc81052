package io.tork.plugin.api;

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
 *   <li>Expose {@code TORK_OUTPUT} to the task: a file the task may write its result into. Its content (first
 *       64 KiB) is the {@link RunOutcome#result() result}. Likewise {@code TORK_PROGRESS}: a file the task may
 *       write a number 0–100 into, reported through {@link RunListener#progress(double)}.</li>
 *   <li>Stream the task's standard output and error through {@link RunListener#log(String)} while it runs.</li>
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
