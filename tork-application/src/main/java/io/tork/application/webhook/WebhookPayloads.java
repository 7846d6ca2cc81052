package io.tork.application.webhook;

import io.tork.domain.job.Job;
import io.tork.domain.task.Task;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The bodies webhooks receive, shaped like the API's JSON (reference §2.6): a JobSummary for job events and a
 * TaskSummary for task events, with the job's secrets redacted. Empty fields are left out.
 */
final class WebhookPayloads {
    private WebhookPayloads() {
    }

    static Map<String, Object> jobSummary(Job job, SecretRedaction redaction) {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "id", job.id());
        put(m, "parentId", job.parentTaskId());
        put(m, "inputs", redaction.map(job.spec().inputs()));
        put(m, "name", redaction.text(job.spec().name()));
        put(m, "description", redaction.text(job.spec().description()));
        put(m, "tags", job.spec().tags());
        put(m, "state", job.state().name());
        put(m, "createdAt", job.createdAt());
        put(m, "startedAt", job.startedAt());
        put(m, "completedAt", job.completedAt());
        put(m, "failedAt", job.failedAt());
        m.put("position", job.position());
        m.put("taskCount", job.taskCount());
        put(m, "result", redaction.text(job.result()));
        put(m, "error", redaction.text(job.error()));
        m.put("progress", job.progress());
        if (job.scheduledBy() != null) {
            Map<String, Object> schedule = new LinkedHashMap<>();
            put(schedule, "id", job.scheduledBy().id());
            put(schedule, "cron", job.scheduledBy().cron());
            m.put("schedule", schedule);
        }
        return m;
    }

    static Map<String, Object> taskSummary(Task task, SecretRedaction redaction) {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "id", task.id());
        put(m, "jobId", task.jobId());
        m.put("position", task.position());
        m.put("progress", task.progress());
        if (task.spec() != null) {
            put(m, "name", redaction.text(task.spec().name()));
            put(m, "description", redaction.text(task.spec().description()));
            put(m, "var", task.spec().var());
            put(m, "tags", task.spec().tags());
        }
        put(m, "state", task.state().name());
        put(m, "createdAt", task.createdAt());
        put(m, "scheduledAt", task.scheduledAt());
        put(m, "startedAt", task.startedAt());
        put(m, "completedAt", task.completedAt());
        put(m, "failedAt", task.failedAt());
        put(m, "error", redaction.text(task.error()));
        put(m, "result", redaction.text(task.result()));
        return m;
    }

    /**
     * A summary as a webhook's {@code if} sees it: its fields under their JSON names and under the reference's
     * Go names ({@code job.state} and {@code job.State} both work).
     */
    static Map<String, Object> forConditions(Map<String, Object> summary) {
        Map<String, Object> m = new LinkedHashMap<>(summary);
        summary.forEach((k, v) -> m.putIfAbsent(k.substring(0, 1).toUpperCase(Locale.ROOT) + k.substring(1), v));
        return m;
    }

    private static void put(Map<String, Object> m, String key, Object value) {
        if (value == null) return;
        if (value instanceof String s && s.isEmpty()) return;
        if (value instanceof java.util.Collection<?> c && c.isEmpty()) return;
        if (value instanceof Map<?, ?> map && map.isEmpty()) return;
        m.put(key, value instanceof Instant instant ? instant.toString() : value);
    }
}
