package io.tork.application.port.out;

import io.tork.domain.task.Task;

/**
 * Runs one container task: its {@code pre} tasks, the task, its {@code post} tasks, sequentially and sharing
 * mounts. The task's spec has its templates rendered and its effective settings applied; its {@code env}
 * already holds {@code TORK_TASK_ID}, {@code TORK_JOB_ID} and {@code TORK_ATTEMPT}. The runtime adds
 * {@code TORK_OUTPUT} and {@code TORK_PROGRESS}.
 *
 * <p>Cancellation and timeouts interrupt the calling thread: the runtime must then stop what it started (kill
 * containers or processes), clean up, and throw {@link InterruptedException}. Whatever happens, nothing the run
 * created (containers, volumes, networks, temp files) may remain afterwards.
 */
public interface TaskRuntime {
    /** The name operators use for it ({@code runtime.type}). */
    String name();

    /**
     * @return the task's result: what it wrote to {@code $TORK_OUTPUT} (first 64 KiB; empty if nothing). When
     *         nothing was written and {@link Task#stdoutAsResult()} is set (seed-API tasks), the main task's standard
     *         output instead (first 64 KiB; pre and post output does not count)
     * @throws RuntimeFailure when the task failed; the message says why (exit code and last lines, pull failure…)
     */
    String run(Task task, RuntimeListener listener) throws RuntimeFailure, InterruptedException;

    boolean isHealthy();
}
