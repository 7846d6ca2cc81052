package io.tork.domain.spec;

import static io.tork.domain.common.Collections2.listOrNull;
import static io.tork.domain.common.Collections2.mapOrNull;

import java.util.List;
import java.util.Map;

public record SubJobSpec(
        String name,
        String description,
        List<TaskSpec> tasks,
        Map<String, String> inputs,
        Map<String, String> secrets,
        AutoDelete autoDelete,
        String output,
        Boolean detached,
        List<Webhook> webhooks) {

    public SubJobSpec {
        tasks = listOrNull(tasks);
        inputs = mapOrNull(inputs);
        secrets = mapOrNull(secrets);
        webhooks = listOrNull(webhooks);
    }

    public boolean isDetached() {
        return Boolean.TRUE.equals(detached);
    }
}
