package io.tork.domain.job;

import static io.tork.domain.common.Collections2.orEmpty;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a job's expressions can see: {@code inputs}, {@code secrets}, {@code tasks} (results stored by
 * {@code var}) and {@code job} ({@code id}, {@code name}).
 */
public record JobContext(Map<String, String> inputs, Map<String, String> secrets, Map<String, String> tasks,
                         Map<String, String> job) {

    public JobContext {
        inputs = copy(inputs);
        secrets = copy(secrets);
        tasks = copy(tasks);
        job = copy(job);
    }

    public static JobContext of(String jobId, String jobName, Map<String, String> inputs, Map<String, String> secrets) {
        Map<String, String> job = new LinkedHashMap<>();
        job.put("id", jobId);
        job.put("name", jobName == null ? "" : jobName);
        return new JobContext(inputs, secrets, Map.of(), job);
    }

    /** Stores a task's result under {@code var}; an empty result is not stored (reference §3.4). */
    public JobContext withTaskResult(String var, String result) {
        if (var == null || var.isBlank() || result == null || result.isEmpty()) return this;
        Map<String, String> t = new LinkedHashMap<>(tasks);
        t.put(var, result);
        return new JobContext(inputs, secrets, t, job);
    }

    /** The context as the expression language sees it. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("inputs", inputs);
        m.put("secrets", secrets);
        m.put("tasks", tasks);
        m.put("job", job);
        return Collections.unmodifiableMap(m);
    }

    private static Map<String, String> copy(Map<String, String> m) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(orEmpty(m)));
    }
}
