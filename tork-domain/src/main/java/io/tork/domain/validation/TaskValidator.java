package io.tork.domain.validation;

import static io.tork.domain.validation.JobValidator.duration;
import static io.tork.domain.validation.JobValidator.isBlank;
import static io.tork.domain.validation.JobValidator.priority;
import static io.tork.domain.validation.JobValidator.queue;
import static io.tork.domain.validation.JobValidator.requireText;
import static io.tork.domain.validation.JobValidator.retry;
import static io.tork.domain.validation.Violations.join;

import io.tork.domain.spec.EachSpec;
import io.tork.domain.spec.Mount;
import io.tork.domain.spec.Probe;
import io.tork.domain.spec.SubJobSpec;
import io.tork.domain.spec.TaskSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The rules for one task (and, recursively, its pre/post/sidecar and composite children). */
public final class TaskValidator {
    private static final Pattern MOUNT_PATH = Pattern.compile("^[-/.0-9a-zA-Z_= ]+$");
    private final KnownRuntimes runtimes;

    /** @param imageRequired whether container tasks must name an image (true for container runtimes) */
    public TaskValidator(boolean imageRequired) {
        this(KnownRuntimes.unchecked(imageRequired));
    }

    /** @param runtimes the runtimes tasks may pick, and which of them need an image */
    public TaskValidator(KnownRuntimes runtimes) {
        this.runtimes = runtimes;
    }

    public List<Violation> validate(TaskSpec task) {
        Violations v = new Violations();
        validate(v, "", task);
        return v.list();
    }

    void validateAll(Violations v, String path, List<TaskSpec> tasks) {
        for (int i = 0; i < tasks.size(); i++) {
            validate(v, path + "[" + i + "]", tasks.get(i));
        }
    }

    private void validate(Violations v, String path, TaskSpec t) {
        if (t == null) {
            v.add(path, "must be a task, not empty");
            return;
        }
        requireText(v, join(path, "name"), t.name());
        if (t.var() != null && t.var().length() > 64) v.add(join(path, "var"), "must be at most 64 characters");
        List<String> kinds = new ArrayList<>();
        if (t.parallel() != null) kinds.add("parallel");
        if (t.each() != null) kinds.add("each");
        if (t.subjob() != null) kinds.add("subjob");
        if (kinds.size() > 1) {
            v.add(path.isEmpty() ? kinds.get(1) : join(path, kinds.get(1)),
                    "a task can be only one of parallel, each or subjob (found " + String.join(" and ", kinds) + ")");
        }
        if (kinds.isEmpty()) {
            validateRuntime(v, join(path, "runtime"), t.runtime());
            validateContainer(v, path, t, t.runtime(), true);
        } else {
            forbidContainerFields(v, path, t, kinds.getFirst());
            if (t.parallel() != null) validateParallel(v, join(path, "parallel"), t);
            if (t.each() != null) validateEach(v, join(path, "each"), t.each());
            if (t.subjob() != null) validateSubJob(v, join(path, "subjob"), t.subjob());
        }
    }

    private void validateRuntime(Violations v, String path, String runtime) {
        if (runtime == null) return;
        if (runtime.isBlank()) {
            String known = runtimes.describe();
            v.add(path, "must name a runtime" + (known.isEmpty() ? "" : " (" + known + ")") + " or be left out");
        } else if (!runtimes.isKnown(runtime)) {
            v.add(path, "unknown runtime '" + runtime + "': known runtimes are " + runtimes.describe());
        }
    }

    /** @param runtime the runtime that runs this container: the task's own, or its main task's for pre and post */
    private void validateContainer(Violations v, String path, TaskSpec t, String runtime, boolean main) {
        if (runtimes.requiresImage(runtime) && isBlank(t.image())) v.add(join(path, "image"), "is required");
        if (t.workdir() != null && t.workdir().length() > 256) v.add(join(path, "workdir"), "must be at most 256 characters");
        queue(v, join(path, "queue"), t.queue());
        priority(v, join(path, "priority"), t.priority());
        duration(v, join(path, "timeout"), t.timeout());
        retry(v, join(path, "retry"), t.retry());
        validateList(v, join(path, "cmd"), t.cmd());
        validateList(v, join(path, "entrypoint"), t.entrypoint());
        validateMounts(v, path, t);
        if (t.files() != null) {
            t.files().keySet().forEach(name -> {
                if (name.isBlank() || name.contains("/") || name.equals("..") || name.equals(".")) {
                    v.add(join(path, "files"), "'" + name + "' is not a plain file name");
                }
            });
        }
        if (main) {
            auxiliaries(v, join(path, "pre"), t.pre(), runtime, false);
            auxiliaries(v, join(path, "post"), t.post(), runtime, false);
            auxiliaries(v, join(path, "sidecars"), t.sidecars(), runtime, true);
        }
    }

    private void auxiliaries(Violations v, String path, List<TaskSpec> aux, String runtime, boolean sidecar) {
        if (aux == null) return;
        for (int i = 0; i < aux.size(); i++) {
            String at = path + "[" + i + "]";
            TaskSpec a = aux.get(i);
            if (a == null) {
                v.add(at, "must be a task, not empty");
                continue;
            }
            requireText(v, join(at, "name"), a.name());
            if (a.runtime() != null) {
                v.add(join(at, "runtime"), "is not allowed here: pre, post and sidecar tasks run on their task's runtime");
            }
            validateContainer(v, at, a, runtime, false);
            if (sidecar && a.probe() != null) validateProbe(v, join(at, "probe"), a.probe());
        }
    }

    private static void validateProbe(Violations v, String path, Probe p) {
        if (p.path() != null && p.path().length() > 256) v.add(join(path, "path"), "must be at most 256 characters");
        if (p.port() == null) v.add(join(path, "port"), "is required");
        else if (p.port() < 1 || p.port() > 65535) v.add(join(path, "port"), "must be between 1 and 65535");
        duration(v, join(path, "timeout"), p.timeout());
    }

    private static void validateList(Violations v, String path, List<String> items) {
        if (items == null) return;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == null) v.add(path + "[" + i + "]", "must be text, not empty");
        }
    }

    private static void validateMounts(Violations v, String path, TaskSpec t) {
        if (t.mounts() != null) {
            for (int i = 0; i < t.mounts().size(); i++) {
                validateMount(v, join(path, "mounts") + "[" + i + "]", t.mounts().get(i));
            }
        }
        if (t.volumes() != null) {
            for (int i = 0; i < t.volumes().size(); i++) {
                validateMount(v, join(path, "volumes") + "[" + i + "]", Mount.volume(t.volumes().get(i)));
            }
        }
    }

    private static void validateMount(Violations v, String path, Mount m) {
        if (m == null) {
            v.add(path, "must be a mount, not empty");
            return;
        }
        if (isBlank(m.type())) v.add(join(path, "type"), "is required (volume, bind or tmpfs)");
        boolean volume = Mount.VOLUME.equals(m.type());
        boolean bind = Mount.BIND.equals(m.type());
        if (volume && !isBlank(m.source())) v.add(join(path, "source"), "must be empty for a volume mount");
        if (bind && isBlank(m.source())) v.add(join(path, "source"), "is required for a bind mount");
        if (Mount.TMPFS.equals(m.type()) && !isBlank(m.source())) v.add(join(path, "source"), "must be empty for a tmpfs mount");
        if (!isBlank(m.source()) && !MOUNT_PATH.matcher(m.source()).matches()) {
            v.add(join(path, "source"), "'" + m.source() + "' has characters a mount path may not have");
        }
        if (isBlank(m.target())) {
            v.add(join(path, "target"), "is required");
        } else if (!MOUNT_PATH.matcher(m.target()).matches()) {
            v.add(join(path, "target"), "'" + m.target() + "' has characters a mount path may not have");
        } else if (m.target().equals("/tork") || m.target().startsWith("/tork/")) {
            v.add(join(path, "target"), "/tork is reserved for the engine");
        }
    }

    private static void forbidContainerFields(Violations v, String path, TaskSpec t, String kind) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("image", t.image());
        fields.put("runtime", t.runtime());
        fields.put("cmd", t.cmd());
        fields.put("entrypoint", t.entrypoint());
        fields.put("run", t.run());
        fields.put("env", t.env());
        fields.put("files", t.files());
        fields.put("queue", t.queue());
        fields.put("pre", t.pre());
        fields.put("post", t.post());
        fields.put("sidecars", t.sidecars());
        fields.put("mounts", t.mounts());
        fields.put("volumes", t.volumes());
        fields.put("networks", t.networks());
        fields.put("retry", t.retry());
        fields.put("limits", t.limits());
        fields.put("timeout", t.timeout());
        fields.put("workdir", t.workdir());
        fields.put("gpus", t.gpus());
        fields.put("registry", t.registry());
        String article = kind.equals("each") ? "an " : "a ";
        fields.forEach((name, value) -> {
            if (value != null) {
                v.add(join(path, name), "is not allowed on " + article + kind + " task: it only coordinates other tasks");
            }
        });
    }

    private void validateParallel(Violations v, String path, TaskSpec t) {
        if (t.parallel().tasks() == null || t.parallel().tasks().isEmpty()) {
            v.add(join(path, "tasks"), "is required: a parallel task needs at least one task");
        } else {
            validateAll(v, join(path, "tasks"), t.parallel().tasks());
        }
    }

    private void validateEach(Violations v, String path, EachSpec e) {
        requireText(v, join(path, "list"), e.list());
        if (e.task() == null) v.add(join(path, "task"), "is required");
        else validate(v, join(path, "task"), e.task());
        if (e.concurrency() != null && (e.concurrency() < 0 || e.concurrency() > 99999)) {
            v.add(join(path, "concurrency"), "must be between 0 and 99999 (was " + e.concurrency() + ")");
        }
    }

    private void validateSubJob(Violations v, String path, SubJobSpec s) {
        requireText(v, join(path, "name"), s.name());
        if (s.tasks() == null || s.tasks().isEmpty()) {
            v.add(join(path, "tasks"), "is required: a sub-job needs at least one task");
        } else {
            validateAll(v, join(path, "tasks"), s.tasks());
        }
        if (s.autoDelete() != null) duration(v, join(path, "autoDelete.after"), s.autoDelete().after());
        JobValidator.validateWebhooks(v, join(path, "webhooks"), s.webhooks());
    }
}
