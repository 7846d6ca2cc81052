package io.tork.domain.validation;

import static io.tork.domain.validation.Violations.join;

import io.tork.domain.common.Durations;
import io.tork.domain.spec.JobDefaults;
import io.tork.domain.spec.JobSpec;
import io.tork.domain.spec.Permission;
import io.tork.domain.spec.RetryPolicy;
import io.tork.domain.spec.Webhook;
import java.util.List;

/**
 * Checks a submitted job against the rules of the job language and reports every violation at once, each
 * naming its field ({@code tasks[0].retry.limit}) and what is wrong. Expressions are checked by the
 * application (the domain knows no expression engine).
 */
public final class JobValidator {
    private final TaskValidator tasks;

    public JobValidator(TaskValidator tasks) {
        this.tasks = tasks;
    }

    public List<Violation> validate(JobSpec job) {
        Violations v = new Violations();
        if (job == null) {
            v.add("", "the job document is empty");
            return v.list();
        }
        requireText(v, "name", job.name());
        if (job.tasks() == null || job.tasks().isEmpty()) {
            v.add("tasks", "is required: a job needs at least one task");
        } else {
            tasks.validateAll(v, "tasks", job.tasks());
        }
        validateDefaults(v, job.defaults());
        duration(v, "timeout", job.timeout());
        if (job.autoDelete() != null) duration(v, "autoDelete.after", job.autoDelete().after());
        if (job.waitFor() != null) {
            if (isBlank(job.waitFor().timeout())) v.add("wait.timeout", "is required when wait is set");
            else duration(v, "wait.timeout", job.waitFor().timeout());
        }
        validateWebhooks(v, "webhooks", job.webhooks());
        validatePermissions(v, job.permissions());
        return v.list();
    }

    static void validateWebhooks(Violations v, String path, List<Webhook> webhooks) {
        if (webhooks == null) return;
        for (int i = 0; i < webhooks.size(); i++) {
            Webhook w = webhooks.get(i);
            String at = path + "[" + i + "]";
            if (w == null || isBlank(w.url())) v.add(at + ".url", "is required");
            else if (!w.url().contains("{{") && !isHttpUrl(w.url())) {
                v.add(at + ".url", "must be an absolute http:// or https:// URL (was '" + w.url() + "')");
            } else if (w.event() != null && !w.event().isEmpty() && !List.of("job.StateChange", "job.Progress",
                    "task.StateChange", "task.Progress").contains(w.event())) {
                v.add(at + ".event", "must be one of job.StateChange, job.Progress, task.StateChange, task.Progress (was '" + w.event() + "')");
            }
        }
    }

    private static boolean isHttpUrl(String url) {
        try {
            java.net.URI uri = new java.net.URI(url.trim());
            String scheme = uri.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static void validatePermissions(Violations v, List<Permission> permissions) {
        if (permissions == null) return;
        for (int i = 0; i < permissions.size(); i++) {
            Permission p = permissions.get(i);
            if (p == null || isBlank(p.user()) == isBlank(p.role())) {
                v.add("permissions[" + i + "]", "must name exactly one of user or role");
            }
        }
    }

    private static void validateDefaults(Violations v, JobDefaults d) {
        if (d == null) return;
        duration(v, "defaults.timeout", d.timeout());
        queue(v, "defaults.queue", d.queue());
        priority(v, "defaults.priority", d.priority());
        retry(v, "defaults.retry", d.retry());
    }

    static void retry(Violations v, String path, RetryPolicy r) {
        if (r == null) return;
        if (r.limit() == null) v.add(join(path, "limit"), "is required when retry is set");
        else if (r.limit() < 1 || r.limit() > RetryPolicy.MAX_LIMIT) {
            v.add(join(path, "limit"), "must be between 1 and " + RetryPolicy.MAX_LIMIT + " (was " + r.limit() + ")");
        }
        duration(v, join(path, "initialDelay"), r.initialDelay());
        if (r.scalingFactor() != null && (r.scalingFactor() < 1 || r.scalingFactor() > 10)) {
            v.add(join(path, "scalingFactor"), "must be between 1 and 10 (was " + r.scalingFactor() + ")");
        }
    }

    static void priority(Violations v, String path, Integer p) {
        if (p != null && (p < 0 || p > 9)) v.add(path, "must be between 0 and 9 (was " + p + ")");
    }

    static void queue(Violations v, String path, String q) {
        if (Queues.isReserved(q)) {
            v.add(path, "'" + q + "' is reserved: queues starting with x- and the coordinator's queues can not take tasks");
        }
    }

    static void duration(Violations v, String path, String d) {
        if (d == null || d.isEmpty()) return;
        try {
            if (Durations.parse(d).isNegative()) v.add(path, "must not be negative (was '" + d + "')");
        } catch (IllegalArgumentException e) {
            v.add(path, "invalid duration '" + d + "': use a number with a unit, e.g. 500ms, 30s, 5m, 1h30m");
        }
    }

    static void requireText(Violations v, String path, String value) {
        if (isBlank(value)) v.add(path, "is required");
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
