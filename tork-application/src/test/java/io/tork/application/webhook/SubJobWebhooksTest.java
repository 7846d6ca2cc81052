package io.tork.application.webhook;

import static io.tork.application.testing.Specs.task;
import static org.assertj.core.api.Assertions.assertThat;

import io.tork.application.testing.Harness;
import io.tork.domain.job.Job;
import io.tork.domain.spec.JobSpec;
import io.tork.domain.spec.SubJobSpec;
import io.tork.domain.spec.TaskSpec;
import io.tork.domain.spec.Webhook;
import io.tork.domain.task.Task;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A sub-job's webhook URL and headers are rendered in its parent's context when the sub-job is created. */
class SubJobWebhooksTest {
    private final Harness harness = Harness.start();

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void theSubJobCarriesItsWebhooksRenderedWithTheParentsInputsAndSecrets() {
        Webhook hook = new Webhook("{{ inputs.hook }}", Map.of("Authorization", "Bearer {{ secrets.token }}"),
                "job.StateChange", "{{ true }}");
        TaskSpec call = TaskSpec.builder().name("call").subjob(new SubJobSpec("child", null,
                List.of(task("inner").build()), null, null, null, null, false, List.of(hook))).build();
        JobSpec parent = new JobSpec("parent", null, null, Map.of("hook", "http://receiver/child"),
                Map.of("token", "t0k"), List.of(call), null, null, null, null, null, null, null);

        Job submitted = harness.submit(parent);
        harness.awaitEnd(submitted.id());

        Task subJobTask = harness.latestTask(submitted.id(), "call").orElseThrow();
        Job child = harness.job(subJobTask.subJobId());
        assertThat(child.spec().webhooks()).containsExactly(new Webhook("http://receiver/child",
                Map.of("Authorization", "Bearer t0k"), "job.StateChange", "{{ true }}"));
    }
}
