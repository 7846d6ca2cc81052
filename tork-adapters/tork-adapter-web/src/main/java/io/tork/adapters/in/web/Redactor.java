package io.tork.adapters.in.web;

import io.tork.domain.job.Job;
import io.tork.domain.job.JobContext;
import io.tork.domain.spec.EachSpec;
import io.tork.domain.spec.JobSpec;
import io.tork.domain.spec.Mount;
import io.tork.domain.spec.ParallelSpec;
import io.tork.domain.spec.Registry;
import io.tork.domain.spec.SubJobSpec;
import io.tork.domain.spec.TaskSpec;
import io.tork.domain.spec.Webhook;
import io.tork.domain.task.Task;
import io.tork.domain.task.TaskLogPart;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Hides secrets before anything leaves the API (SPEC §8, reference §9.4). A value whose key names a secret
 * ({@code SECRET}, {@code PASSWORD}, {@code ACCESS_KEY}, any case) is replaced whole; any occurrence of one of the
 * job's secret values inside any other text is replaced where it occurs; secret maps and registry passwords are
 * always replaced.
 */
public final class Redactor {
    public static final String REDACTED = "[REDACTED]";
    private static final List<String> SENSITIVE_KEY_PARTS = List.of("SECRET", "PASSWORD", "ACCESS_KEY");

    /** Longest first, so a secret that contains another is hidden whole rather than in pieces. */
    private final List<String> secretValues;

    private Redactor(Collection<String> secretValues) {
        this.secretValues = secretValues.stream()
                .filter(Objects::nonNull)
                .filter(v -> !v.isEmpty())
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
    }

    public static Redactor withSecrets(Collection<String> secretValues) {
        return new Redactor(secretValues);
    }

    /** Only the key rule applies: for things whose job, and so whose secrets, cannot be found. */
    public static Redactor keysOnly() {
        return new Redactor(List.of());
    }

    /** A redactor for everything that belongs to {@code job}: the secrets it was submitted with and holds in context. */
    public static Redactor forJob(Job job) {
        List<String> values = new java.util.ArrayList<>();
        if (job.spec() != null && job.spec().secrets() != null) values.addAll(job.spec().secrets().values());
        if (job.context() != null) values.addAll(job.context().secrets().values());
        return new Redactor(values);
    }

    public static boolean isSensitiveKey(String key) {
        if (key == null) return false;
        String upper = key.toUpperCase(Locale.ROOT);
        return SENSITIVE_KEY_PARTS.stream().anyMatch(upper::contains);
    }

    public String text(String value) {
        if (value == null || value.isEmpty()) return value;
        String result = value;
        for (String secret : secretValues) {
            result = result.replace(secret, REDACTED);
        }
        return result;
    }

    /** Values of sensitive keys replaced whole, secret values inside the others replaced where they occur. */
    public Map<String, String> map(Map<String, String> values) {
        if (values == null) return null;
        Map<String, String> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, isSensitiveKey(k) ? REDACTED : text(v)));
        return out;
    }

    public List<String> list(List<String> values) {
        return values == null ? null : values.stream().map(this::text).toList();
    }

    public Job job(Job job) {
        return new Job(job.id(), job.parentTaskId(), job.kind(), spec(job.spec()), job.state(), job.createdAt(),
                job.startedAt(), job.completedAt(), job.failedAt(), job.position(), context(job.context()),
                text(job.result()), text(job.error()), job.progress(), job.deleteAt(), job.scheduledBy());
    }

    public Task task(Task task) {
        return task.toBuilder()
                .spec(task(task.spec()))
                .result(text(task.result()))
                .error(text(task.error()))
                .build();
    }

    public TaskLogPart logPart(TaskLogPart part) {
        return new TaskLogPart(part.id(), part.taskId(), part.number(), text(part.contents()), part.createdAt());
    }

    public JobSpec spec(JobSpec spec) {
        if (spec == null) return null;
        return new JobSpec(spec.name(), spec.description(), spec.tags(), map(spec.inputs()), all(spec.secrets()),
                tasks(spec.tasks()), spec.output(), spec.defaults(), webhooks(spec.webhooks()), spec.permissions(),
                spec.autoDelete(), spec.waitFor(), spec.timeout());
    }

    public TaskSpec task(TaskSpec t) {
        if (t == null) return null;
        return t.toBuilder()
                .name(text(t.name()))
                .description(text(t.description()))
                .image(text(t.image()))
                .run(text(t.run()))
                .cmd(list(t.cmd()))
                .entrypoint(list(t.entrypoint()))
                .env(map(t.env()))
                .files(map(t.files()))
                .condition(text(t.condition()))
                .registry(registry(t.registry()))
                .mounts(mapEach(t.mounts(), m -> new Mount(m.type(), m.source(), m.target(), map(m.opts()))))
                .pre(tasks(t.pre()))
                .post(tasks(t.post()))
                .sidecars(tasks(t.sidecars()))
                .parallel(t.parallel() == null ? null : new ParallelSpec(tasks(t.parallel().tasks())))
                .each(each(t.each()))
                .subjob(subJob(t.subjob()))
                .build();
    }

    private JobContext context(JobContext c) {
        if (c == null) return null;
        return new JobContext(map(c.inputs()), all(c.secrets()), map(c.tasks()), map(c.job()));
    }

    private EachSpec each(EachSpec e) {
        return e == null ? null : new EachSpec(e.list(), task(e.task()), e.var(), e.concurrency());
    }

    private SubJobSpec subJob(SubJobSpec s) {
        if (s == null) return null;
        return new SubJobSpec(s.name(), s.description(), tasks(s.tasks()), map(s.inputs()), all(s.secrets()),
                s.autoDelete(), s.output(), s.detached(), webhooks(s.webhooks()));
    }

    private List<TaskSpec> tasks(List<TaskSpec> tasks) {
        return mapEach(tasks, this::task);
    }

    private List<Webhook> webhooks(List<Webhook> hooks) {
        return mapEach(hooks, w -> new Webhook(w.url(), map(w.headers()), w.event(), w.condition()));
    }

    private static Registry registry(Registry r) {
        if (r == null) return null;
        return new Registry(r.username(), r.password() == null ? null : REDACTED);
    }

    private static Map<String, String> all(Map<String, String> values) {
        if (values == null) return null;
        Map<String, String> out = new LinkedHashMap<>();
        values.keySet().forEach(k -> out.put(k, REDACTED));
        return out;
    }

    private static <T> List<T> mapEach(List<T> items, UnaryOperator<T> f) {
        return items == null ? null : items.stream().filter(Objects::nonNull).map(f).toList();
    }
}
