package io.tork.app.e2e;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds random job documents (as maps and lists) from the job language's grammar: random subsets of the job's
 * and tasks' fields, composite tasks (parallel, each, subjob) nested up to three deep, values of the right and
 * of the wrong kind, expressions sound and garbled, and now and then a key the language does not have.
 */
final class JobGrammar {
    private static final int MAX_DEPTH = 3;
    private final FuzzValues v;

    JobGrammar(FuzzValues values) {
        this.v = values;
    }

    Map<String, Object> job() {
        Map<String, Object> job = new LinkedHashMap<>();
        if (v.chance(0.9)) job.put("name", v.name());
        if (v.chance(0.2)) job.put("description", v.text());
        if (v.chance(0.2)) job.put("tags", v.list(0, 3, v::text));
        if (v.chance(0.3)) job.put("inputs", v.map(this::templateOrText));
        if (v.chance(0.1)) job.put("secrets", v.map(v::text));
        if (v.chance(0.2)) job.put("output", v.expression());
        if (v.chance(0.15)) job.put("defaults", defaults());
        if (v.chance(0.1)) job.put("webhooks", v.list(0, 2, this::webhook));
        if (v.chance(0.05)) job.put("permissions", v.list(0, 2, this::permission));
        if (v.chance(0.1)) job.put("autoDelete", Map.of("after", v.duration()));
        if (v.chance(0.03)) job.put("wait", Map.of("timeout", v.chance(0.5) ? "1ms" : v.duration()));
        if (v.chance(0.1)) job.put("timeout", v.duration());
        if (v.chance(0.95)) job.put("tasks", v.list(0, 4, () -> task(0)));
        return roughen(job);
    }

    private Map<String, Object> task(int depth) {
        if (depth < MAX_DEPTH && v.chance(0.35)) return composite(depth);
        Map<String, Object> task = containerTask();
        if (v.chance(0.15)) task.put("pre", v.list(0, 2, this::auxiliaryTask));
        if (v.chance(0.15)) task.put("post", v.list(0, 2, this::auxiliaryTask));
        if (v.chance(0.03)) task.put("sidecars", v.list(1, 1, this::sidecar));
        return roughen(task);
    }

    private Map<String, Object> containerTask() {
        Map<String, Object> task = new LinkedHashMap<>();
        if (v.chance(0.9)) task.put("name", v.name());
        if (v.chance(0.1)) task.put("description", v.text());
        if (v.chance(0.9)) task.put("run", v.script());
        if (v.chance(0.25)) task.put("env", v.map(this::templateOrText));
        if (v.chance(0.1)) task.put("files", Map.of(v.fileName(), v.text()));
        if (v.chance(0.15)) task.put("retry", retry());
        if (v.chance(0.1)) task.put("timeout", v.duration());
        if (v.chance(0.1)) task.put("queue", v.queue());
        if (v.chance(0.1)) task.put("priority", v.number(0, 9));
        if (v.chance(0.15)) task.put("var", v.chance(0.9) ? v.pick(List.of("a", "first", "out")) : "v".repeat(70));
        if (v.chance(0.15)) task.put("if", v.expression());
        if (v.chance(0.05)) task.put("tags", v.list(0, 2, v::text));
        if (v.chance(0.05)) task.put("workdir", v.workdir());
        // container-only fields: accepted at submission, refused by the shell runtime when the task runs
        if (v.chance(0.04)) task.put("image", v.pick(List.of("alpine:3.18", "{{ inputs.x }}", "")));
        if (v.chance(0.04)) task.put("cmd", v.list(0, 3, () -> v.pick(List.of("echo", "hi", "{{ 1 + 1 }}"))));
        if (v.chance(0.03)) task.put("entrypoint", List.of("sh", "-c"));
        if (v.chance(0.04)) task.put("mounts", v.list(0, 2, this::mount));
        if (v.chance(0.03)) task.put("limits", Map.of("cpus", v.pick(List.of(".5", "1", "x")), "memory", "10m"));
        if (v.chance(0.02)) task.put("networks", List.of("fuzz-net"));
        if (v.chance(0.02)) task.put("gpus", "all");
        return task;
    }

    private Map<String, Object> auxiliaryTask() {
        Map<String, Object> aux = new LinkedHashMap<>();
        if (v.chance(0.85)) aux.put("name", v.name());
        aux.put("run", v.script());
        if (v.chance(0.2)) aux.put("env", v.map(this::templateOrText));
        if (v.chance(0.05)) aux.put("timeout", v.duration());
        return roughen(aux);
    }

    private Map<String, Object> sidecar() {
        Map<String, Object> sidecar = auxiliaryTask();
        Map<String, Object> probe = new LinkedHashMap<>();
        if (v.chance(0.8)) probe.put("port", v.number(1, 65535));
        if (v.chance(0.5)) probe.put("path", v.pick(List.of("/health", "/" + "p".repeat(300))));
        if (v.chance(0.3)) probe.put("timeout", v.duration());
        sidecar.put("probe", probe);
        return sidecar;
    }

    private Map<String, Object> composite(int depth) {
        Map<String, Object> task = new LinkedHashMap<>();
        if (v.chance(0.9)) task.put("name", v.name());
        int kinds = v.chance(0.1) ? 2 : 1;
        for (int i = 0; i < kinds; i++) {
            switch (v.between(0, 2)) {
                case 0 -> task.put("parallel", parallel(depth));
                case 1 -> task.put("each", each(depth));
                default -> task.put("subjob", subjob(depth));
            }
        }
        if (v.chance(0.1)) {
            // a field only container tasks may have
            String field = v.pick(List.of("run", "env", "queue", "retry", "timeout", "image"));
            task.put(field, field.equals("retry") ? retry() : field.equals("env") ? Map.of("A", "b") : v.script());
        }
        if (v.chance(0.1)) task.put("if", v.expression());
        return roughen(task);
    }

    private Map<String, Object> parallel(int depth) {
        Map<String, Object> parallel = new LinkedHashMap<>();
        if (v.chance(0.95)) parallel.put("tasks", v.list(0, 3, () -> task(depth + 1)));
        return roughen(parallel);
    }

    private Map<String, Object> each(int depth) {
        Map<String, Object> each = new LinkedHashMap<>();
        if (v.chance(0.9)) each.put("list", v.listExpression());
        if (v.chance(0.9)) each.put("task", task(depth + 1));
        if (v.chance(0.2)) each.put("var", v.pick(List.of("item", "n", "")));
        if (v.chance(0.2)) each.put("concurrency", v.number(0, 4));
        return roughen(each);
    }

    private Map<String, Object> subjob(int depth) {
        Map<String, Object> subjob = new LinkedHashMap<>();
        if (v.chance(0.9)) subjob.put("name", v.name());
        if (v.chance(0.9)) subjob.put("tasks", v.list(0, 2, () -> task(depth + 1)));
        if (v.chance(0.2)) subjob.put("inputs", v.map(this::templateOrText));
        if (v.chance(0.2)) subjob.put("output", v.expression());
        if (v.chance(0.1)) subjob.put("detached", v.chance(0.8) ? v.chance(0.5) : "maybe");
        if (v.chance(0.1)) subjob.put("autoDelete", Map.of("after", v.duration()));
        if (v.chance(0.05)) subjob.put("webhooks", v.list(0, 1, this::webhook));
        return roughen(subjob);
    }

    private Map<String, Object> defaults() {
        Map<String, Object> defaults = new LinkedHashMap<>();
        if (v.chance(0.5)) defaults.put("retry", retry());
        if (v.chance(0.5)) defaults.put("timeout", v.duration());
        if (v.chance(0.3)) defaults.put("queue", v.queue());
        if (v.chance(0.3)) defaults.put("priority", v.number(0, 9));
        return roughen(defaults);
    }

    private Map<String, Object> retry() {
        Map<String, Object> retry = new LinkedHashMap<>();
        if (v.chance(0.9)) retry.put("limit", v.number(1, 10));
        if (v.chance(0.2)) retry.put("initialDelay", v.pick(List.of("10ms", "0", "1h", "later")));
        if (v.chance(0.2)) retry.put("scalingFactor", v.pick(List.of(1, 2, 1.5, 0.5, 11)));
        return roughen(retry);
    }

    private Map<String, Object> webhook() {
        Map<String, Object> webhook = new LinkedHashMap<>();
        // port 9 (discard) on this machine: nothing leaves it even if a hook were called
        if (v.chance(0.9)) webhook.put("url", "http://localhost:9/" + v.pick(List.of("hook", "{{ job.id }}")));
        if (v.chance(0.5)) webhook.put("event", v.event());
        if (v.chance(0.3)) webhook.put("if", v.expression());
        if (v.chance(0.2)) webhook.put("headers", v.map(this::templateOrText));
        return roughen(webhook);
    }

    private Map<String, Object> permission() {
        Map<String, Object> permission = new LinkedHashMap<>();
        if (v.chance(0.6)) permission.put("user", "fuzzer");
        if (v.chance(0.5)) permission.put("role", "tester");
        return permission;
    }

    private Map<String, Object> mount() {
        Map<String, Object> mount = new LinkedHashMap<>();
        if (v.chance(0.9)) mount.put("type", v.mountType());
        if (v.chance(0.3)) mount.put("source", v.mountPath());
        if (v.chance(0.9)) mount.put("target", v.mountPath());
        return roughen(mount);
    }

    private Object templateOrText() {
        return v.chance(0.5) ? v.text() : v.expression();
    }

    /** Now and then: one field gets a value of the wrong kind, or an unknown key is added. */
    private Map<String, Object> roughen(Map<String, Object> object) {
        if (!object.isEmpty() && v.chance(0.04)) {
            List<String> keys = new ArrayList<>(object.keySet());
            object.put(v.pick(keys), v.anything());
        }
        if (v.chance(0.02)) object.put(v.junkKey(), v.anything());
        return object;
    }
}
