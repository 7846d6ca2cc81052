package io.tork.plugin.api;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a {@link RuntimePlugin} needs to run one attempt of a task. Collections are never {@code null} (absent
 * means empty) and are immutable. {@link #builder(String, String, int)} is the convenient way to make one.
 *
 * @param taskId         the task's id; also in the task's environment as {@code TORK_TASK_ID}
 * @param jobId          the id of the task's job; also in the environment as {@code TORK_JOB_ID}
 * @param attempt        1 for the first attempt, growing with each retry or recovery; also {@code TORK_ATTEMPT}
 * @param image          the container image to run, or {@code null} for runtimes that do not use images
 * @param cmd            the command and its arguments; empty when {@code run} is used or the image's default
 *                       applies
 * @param entrypoint     overrides the image's entrypoint when not empty
 * @param run            a shell script to execute instead of {@code cmd}, or {@code null}
 * @param env            environment variables of the task, including {@code TORK_TASK_ID}, {@code TORK_JOB_ID} and
 *                       {@code TORK_ATTEMPT}; the runtime adds {@code TORK_OUTPUT} and {@code TORK_PROGRESS}
 * @param files          files to create in the working directory before the task starts: name to content
 * @param workdir        the working directory inside the task, or {@code null} for the runtime's default
 * @param mounts         file systems to mount, in order; shared by the pre and post steps
 * @param limits         resource limits; {@link ResourceLimits#NONE} when there are none
 * @param timeout        how long the task may run, or {@code null} for no limit; the engine enforces it by
 *                       interrupting the run, runtimes may additionally use it to bound their own waits
 * @param networks       names of the networks the task joins
 * @param pre            steps to run one after the other before this one, each to its end; the first that fails
 *                       fails the run and nothing after it runs. They see this request's mounts (the same volumes,
 *                       not fresh ones) and networks; the engine has already given them this request's image when
 *                       they name none, its limits and its {@code TORK_*} variables. Their own {@code pre},
 *                       {@code post} and {@code mounts} are always empty
 * @param post           steps to run one after the other after this one succeeded, like {@code pre}
 * @param stdoutAsResult when this step writes nothing to {@code TORK_OUTPUT}, its standard output (first 64 KiB;
 *                       not its standard error, not the output of pre and post steps) is the result instead
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
        List<String> networks,
        List<RunRequest> pre,
        List<RunRequest> post,
        boolean stdoutAsResult) {

    /** Checks the identity of the attempt, the timeout and the steps, and takes immutable copies of collections. */
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
        pre = pre == null ? List.of() : List.copyOf(pre);
        post = post == null ? List.of() : List.copyOf(post);
        for (RunRequest step : concat(pre, post)) {
            if (!step.pre().isEmpty() || !step.post().isEmpty() || !step.mounts().isEmpty()) {
                throw new IllegalArgumentException("pre and post steps have no pre, post or mounts of their own");
            }
        }
    }

    /** A builder for the attempt {@code attempt} of task {@code taskId} of job {@code jobId}. */
    public static Builder builder(String taskId, String jobId, int attempt) {
        return new Builder(taskId, jobId, attempt);
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

    private static List<RunRequest> concat(List<RunRequest> first, List<RunRequest> second) {
        List<RunRequest> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /** Builds a {@link RunRequest}; every field but the attempt's identity is optional. */
    public static final class Builder {
        private final String taskId;
        private final String jobId;
        private final int attempt;
        private String image;
        private List<String> cmd;
        private List<String> entrypoint;
        private String run;
        private Map<String, String> env = new LinkedHashMap<>();
        private Map<String, String> files;
        private String workdir;
        private List<MountSpec> mounts;
        private ResourceLimits limits;
        private Duration timeout;
        private List<String> networks;
        private List<RunRequest> pre;
        private List<RunRequest> post;
        private boolean stdoutAsResult;

        private Builder(String taskId, String jobId, int attempt) {
            this.taskId = taskId;
            this.jobId = jobId;
            this.attempt = attempt;
        }

        public Builder image(String value) { image = value; return this; }
        public Builder cmd(List<String> value) { cmd = value; return this; }
        public Builder cmd(String... value) { cmd = List.of(value); return this; }
        public Builder entrypoint(List<String> value) { entrypoint = value; return this; }
        public Builder run(String value) { run = value; return this; }
        public Builder env(Map<String, String> value) { env = new LinkedHashMap<>(value); return this; }
        public Builder env(String name, String value) { env.put(name, value); return this; }
        public Builder files(Map<String, String> value) { files = value; return this; }
        public Builder workdir(String value) { workdir = value; return this; }
        public Builder mounts(List<MountSpec> value) { mounts = value; return this; }
        public Builder limits(ResourceLimits value) { limits = value; return this; }
        public Builder timeout(Duration value) { timeout = value; return this; }
        public Builder networks(List<String> value) { networks = value; return this; }
        public Builder pre(List<RunRequest> value) { pre = value; return this; }
        public Builder post(List<RunRequest> value) { post = value; return this; }
        public Builder stdoutAsResult(boolean value) { stdoutAsResult = value; return this; }

        public RunRequest build() {
            return new RunRequest(taskId, jobId, attempt, image, cmd, entrypoint, run, env, files, workdir, mounts,
                    limits, timeout, networks, pre, post, stdoutAsResult);
        }
    }
}
