package io.tork.domain.schedule;

import static io.tork.domain.common.Collections2.listOrNull;
import static io.tork.domain.common.Collections2.mapOrNull;

import io.tork.domain.spec.AutoDelete;
import io.tork.domain.spec.JobDefaults;
import io.tork.domain.spec.JobSpec;
import io.tork.domain.spec.Permission;
import io.tork.domain.spec.TaskSpec;
import io.tork.domain.spec.Webhook;
import java.util.List;
import java.util.Map;

/**
 * A scheduled job as a user submits it (reference §2.3): the keys of a job except {@code wait}, plus
 * {@code schedule.cron}. Every tick creates a job from {@link #toJobSpec()}, so defaults, webhooks and
 * {@code autoDelete} apply to each instance as they would to a job submitted directly.
 */
public record ScheduledJobSpec(
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
        String timeout,
        Schedule schedule) {

    public ScheduledJobSpec {
        tags = listOrNull(tags);
        inputs = mapOrNull(inputs);
        secrets = mapOrNull(secrets);
        tasks = listOrNull(tasks);
        webhooks = listOrNull(webhooks);
        permissions = listOrNull(permissions);
    }

    /** The cron expression, or null when the document has no schedule. */
    public String cron() {
        return schedule == null ? null : schedule.cron();
    }

    /** The job each tick creates. */
    public JobSpec toJobSpec() {
        return new JobSpec(name, description, tags, inputs, secrets, tasks, output, defaults, webhooks, permissions,
                autoDelete, null, timeout);
    }
}
