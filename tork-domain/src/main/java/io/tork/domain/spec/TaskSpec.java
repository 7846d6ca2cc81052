package io.tork.domain.spec;

import static io.tork.domain.common.Collections2.listOrNull;
import static io.tork.domain.common.Collections2.mapOrNull;

import java.util.List;
import java.util.Map;

/**
 * A task as a user writes it in a job file (reference §2.4). Absent fields are {@code null}. The same record
 * carries the evaluated form once the task's templates have been rendered.
 *
 * <p>{@code condition} is the job file's {@code if}. {@code runtime} names the runtime that runs the task (and its
 * pre and post tasks); absent means the worker's default ({@code runtime.type}).
 */
public record TaskSpec(
        String name,
        String description,
        String image,
        String runtime,
        String run,
        List<String> cmd,
        List<String> entrypoint,
        Map<String, String> env,
        Map<String, String> files,
        String workdir,
        String queue,
        Integer priority,
        RetryPolicy retry,
        Limits limits,
        String timeout,
        String gpus,
        List<Mount> mounts,
        List<String> volumes,
        List<String> networks,
        Registry registry,
        List<TaskSpec> pre,
        List<TaskSpec> post,
        List<TaskSpec> sidecars,
        Probe probe,
        String var,
        String condition,
        List<String> tags,
        ParallelSpec parallel,
        EachSpec each,
        SubJobSpec subjob) {

    public TaskSpec {
        cmd = listOrNull(cmd);
        entrypoint = listOrNull(entrypoint);
        env = mapOrNull(env);
        files = mapOrNull(files);
        mounts = listOrNull(mounts);
        volumes = listOrNull(volumes);
        networks = listOrNull(networks);
        pre = listOrNull(pre);
        post = listOrNull(post);
        sidecars = listOrNull(sidecars);
        tags = listOrNull(tags);
    }

    /** The kind of work this task describes; every scheduling decision switches over it. */
    public TaskKind kind() {
        if (parallel != null) return new TaskKind.Parallel(parallel);
        if (each != null) return new TaskKind.Each(each);
        if (subjob != null) return new TaskKind.SubJob(subjob);
        return new TaskKind.Container(this);
    }

    /** Mounts including the seed API's {@code volumes} shorthand ({@code ["/tmp"]} = a volume at /tmp). */
    public List<Mount> effectiveMounts() {
        List<Mount> all = new java.util.ArrayList<>(mounts == null ? List.of() : mounts);
        if (volumes != null) {
            volumes.forEach(v -> all.add(Mount.volume(v)));
        }
        return java.util.Collections.unmodifiableList(all);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Copy-and-change for a record with many optional fields. */
    public static final class Builder {
        private String name, description, image, runtime, run, workdir, queue, timeout, gpus, var, condition;
        private List<String> cmd, entrypoint, volumes, networks, tags;
        private Map<String, String> env, files;
        private Integer priority;
        private RetryPolicy retry;
        private Limits limits;
        private List<Mount> mounts;
        private Registry registry;
        private List<TaskSpec> pre, post, sidecars;
        private Probe probe;
        private ParallelSpec parallel;
        private EachSpec each;
        private SubJobSpec subjob;

        private Builder() {
        }

        private Builder(TaskSpec t) {
            name = t.name; description = t.description; image = t.image; runtime = t.runtime; run = t.run;
            cmd = t.cmd; entrypoint = t.entrypoint; env = t.env; files = t.files; workdir = t.workdir; queue = t.queue;
            priority = t.priority; retry = t.retry; limits = t.limits; timeout = t.timeout; gpus = t.gpus;
            mounts = t.mounts; volumes = t.volumes; networks = t.networks; registry = t.registry; pre = t.pre;
            post = t.post; sidecars = t.sidecars; probe = t.probe; var = t.var; condition = t.condition;
            tags = t.tags; parallel = t.parallel; each = t.each; subjob = t.subjob;
        }

        public Builder name(String v) { name = v; return this; }
        public Builder description(String v) { description = v; return this; }
        public Builder image(String v) { image = v; return this; }
        public Builder runtime(String v) { runtime = v; return this; }
        public Builder run(String v) { run = v; return this; }
        public Builder cmd(List<String> v) { cmd = v; return this; }
        public Builder cmd(String... v) { cmd = List.of(v); return this; }
        public Builder entrypoint(List<String> v) { entrypoint = v; return this; }
        public Builder env(Map<String, String> v) { env = v; return this; }
        public Builder files(Map<String, String> v) { files = v; return this; }
        public Builder workdir(String v) { workdir = v; return this; }
        public Builder queue(String v) { queue = v; return this; }
        public Builder priority(Integer v) { priority = v; return this; }
        public Builder retry(RetryPolicy v) { retry = v; return this; }
        public Builder limits(Limits v) { limits = v; return this; }
        public Builder timeout(String v) { timeout = v; return this; }
        public Builder gpus(String v) { gpus = v; return this; }
        public Builder mounts(List<Mount> v) { mounts = v; return this; }
        public Builder volumes(List<String> v) { volumes = v; return this; }
        public Builder networks(List<String> v) { networks = v; return this; }
        public Builder registry(Registry v) { registry = v; return this; }
        public Builder pre(List<TaskSpec> v) { pre = v; return this; }
        public Builder post(List<TaskSpec> v) { post = v; return this; }
        public Builder sidecars(List<TaskSpec> v) { sidecars = v; return this; }
        public Builder probe(Probe v) { probe = v; return this; }
        public Builder var(String v) { var = v; return this; }
        public Builder condition(String v) { condition = v; return this; }
        public Builder tags(List<String> v) { tags = v; return this; }
        public Builder parallel(ParallelSpec v) { parallel = v; return this; }
        public Builder each(EachSpec v) { each = v; return this; }
        public Builder subjob(SubJobSpec v) { subjob = v; return this; }

        public TaskSpec build() {
            return new TaskSpec(name, description, image, runtime, run, cmd, entrypoint, env, files, workdir, queue,
                    priority, retry, limits, timeout, gpus, mounts, volumes, networks, registry, pre, post, sidecars,
                    probe, var, condition, tags, parallel, each, subjob);
        }
    }
}
