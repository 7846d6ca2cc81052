package io.tork.plugin.api;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a {@link RuntimePlugin} needs to run one attempt of a task. Collections are never {@code null} (absent
 * means empty) and are immutable.
 *
 * @param taskId     the task's id; also in the task's environment as {@code TORK_TASK_ID}
 * @param jobId      the id of the task's job; also in the environment as {@code TORK_JOB_ID}
 * @param attempt    1 for the first attempt, growing with each retry or recovery; also {@code TORK_ATTEMPT}
 * @param image      the container image to run, or {@code null} for runtimes that do not use images
 * @param cmd        the command and its arguments; empty when {@code run} is used or the image's default applies
 * @param entrypoint overrides the image's entrypoint when not empty
 * @param run        a shell script to execute instead of {@code cmd}, or {@code null}
 * @param env        environment variables of the task, including {@code TORK_TASK_ID}, {@code TORK_JOB_ID} and
 *                   {@code TORK_ATTEMPT}; the runtime adds {@code TORK_OUTPUT} and {@code TORK_PROGRESS}
 * @param files      files to create in the working directory before the task starts: name to content
 * @param workdir    the working directory inside the task, or {@code null} for the runtime's default
 * @param mounts     file systems to mount, in order
 * @param limits     resource limits; {@link ResourceLimits#NONE} when there are none
 * @param timeout    how long the task may run, or {@code null} for no limit; the engine enforces it by
 *                   interrupting the run, runtimes may additionally use it to bound their own waits
 * @param networks   names of the networks the task joins
 */
public record RunRequest(
        String taskId,
        String jobId,
        int attempt,
        String image,
        List<String> cmd,
        List<String> entrypoint,
        String run,
        Map<String, String> env,
        Map<String, String> files,
        String workdir,
        List<MountSpec> mounts,
        ResourceLimits limits,
        Duration timeout,
        List<String> networks) {

    /** Checks the identity of the attempt and the timeout, and takes immutable copies of every collection. */
    public RunRequest {
        taskId = requireText(taskId, "taskId");
        jobId = requireText(jobId, "jobId");
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt must be 1 or more, was " + attempt);
        }
        if (timeout != null && (timeout.isZero() || timeout.isNegative())) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
        cmd = cmd == null ? List.of() : List.copyOf(cmd);
        entrypoint = entrypoint == null ? List.of() : List.copyOf(entrypoint);
        env = env == null ? Map.of() : Map.copyOf(env);
        files = files == null ? Map.of() : Map.copyOf(files);
        mounts = mounts == null ? List.of() : List.copyOf(mounts);
        limits = limits == null ? ResourceLimits.NONE : limits;
        networks = networks == null ? List.of() : List.copyOf(networks);
    }

    /** Whether the task is a shell script ({@link #run()}) rather than a command. */
    public boolean isScript() {
        return run != null && !run.isBlank();
    }

    private static String requireText(String value, String field) {
        Objects.requireNonNull(value, () -> field + " is required");
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }
}
