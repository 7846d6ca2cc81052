package io.tork.domain.spec;

import static io.tork.domain.common.Collections2.listOrNull;
import static io.tork.domain.common.Collections2.mapOrNull;

import java.util.List;
import java.util.Map;

/** A job as a user submits it (reference §2.2, plus a job-level {@code timeout}). {@code waitFor} is the job file's {@code wait}. */
public record JobSpec(
        String name,
        String description,
        List<String> tags,
        Map<String, String> inputs,
        Map<String, String> secrets,
        List<TaskSpec> tasks,
        String output,
        JobDefaults defaults,
        List<Webhook> webhooks,
        List<Permission> permissions,
        AutoDelete autoDelete,
        WaitSpec waitFor,
        String timeout) {

    public JobSpec {
        tags = listOrNull(tags);
        inputs = mapOrNull(inputs);
        secrets = mapOrNull(secrets);
        tasks = listOrNull(tasks);
        webhooks = listOrNull(webhooks);
        permissions = listOrNull(permissions);
    }

    public static JobSpec of(String name, List<TaskSpec> tasks) {
        return new JobSpec(name, null, null, null, null, tasks, null, null, null, null, null, null, null);
    }

    public int taskCount() {
        return tasks == null ? 0 : tasks.size();
    }
}
