package io.tork.application.webhook;

import static io.tork.application.testing.Specs.task;
import static org.assertj.core.api.Assertions.assertThat;

import io.tork.application.port.out.WebhookSender.WebhookCall;
import io.tork.application.testing.FakeStores;
import io.tork.application.testing.RecordingWebhookSender;
import io.tork.application.testing.SimpleExpressions;
import io.tork.domain.job.Job;
import io.tork.domain.job.JobKind;
import io.tork.domain.spec.JobSpec;
import io.tork.domain.spec.Webhook;
import io.tork.domain.task.Task;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which webhooks a change fires, with what payload and headers (reference §9.3). */
class WebhookDispatcherTest {
    private static final Instant AT = Instant.parse("2025-01-01T10:00:00Z");
    private static final String SECRET = "s3cr3t-canary";
    private final FakeStores stores = new FakeStores();
    private final RecordingWebhookSender sender = new RecordingWebhookSender();
    private final WebhookDispatcher dispatcher = new WebhookDispatcher(stores.jobs(), new SimpleExpressions(), sender);

    @Test
    void everyStateAJobEntersCallsItsDefaultWebhook() {
        Job pending = job(hook(null, null));
        Job scheduled = pending.schedule(AT);
        Job running = scheduled.markRunning();

        dispatcher.jobChanged(null, pending);
        dispatcher.jobChanged(pending, scheduled);
        dispatcher.jobChanged(scheduled, running);

        assertThat(sender.calls()).extracting(c -> c.payload().get("state"))
                .containsExactly("PENDING", "SCHEDULED", "RUNNING");
        assertThat(sender.calls()).allSatisfy(c -> {
            assertThat(c.url()).isEqualTo("http://receiver/hook");
            assertThat(c.orderingKey()).isEqualTo(pending.id());
        });
    }

    @Test
    void theJobPayloadIsItsSummaryWithSecretsRedacted() {
        Job job = job(hook(null, null)).schedule(AT).markRunning().complete("token was " + SECRET, AT, null);

        dispatcher.jobChanged(null, job);

        Map<String, Object> payload = sender.calls().getFirst().payload();
        assertThat(payload).containsEntry("id", job.id()).containsEntry("name", "payroll")
                .containsEntry("state", "COMPLETED").containsEntry("result", "token was [REDACTED]")
                .containsEntry("createdAt", "2025-01-01T10:00:00Z").containsEntry("taskCount", 1)
                .containsEntry("progress", 100.0);
        assertThat(payload.get("inputs")).isEqualTo(Map.of("who", "everyone", "api_password", "[REDACTED]"));
        assertThat(payload.toString()).doesNotContain(SECRET);
        assertThat(payload).doesNotContainKeys("secrets", "tasks", "context");
    }

    @Test
    void progressCallsOnlyProgressWebhooks() {
        Job running = job(hook(null, null), hook("job.Progress", null)).schedule(AT).markRunning();

        dispatcher.jobChanged(running, running.withProgress(50));

        assertThat(sender.calls()).hasSize(1);
        assertThat(sender.calls().getFirst().payload()).containsEntry("progress", 50.0);
    }

    @Test
    void taskWebhooksFireOnTaskStatesWithTheTaskSummary() {
        Job job = job(hook("task.StateChange", null), hook(null, null));
        stores.jobs().create(job);
        Task pending = Task.pending("t1", job.id(), null, 1, task("pay").build(), AT);
        Task scheduled = pending.schedule(pending.spec(), AT);

        dispatcher.taskChanged(null, pending);
        dispatcher.taskChanged(pending, scheduled);
        dispatcher.taskChanged(scheduled, scheduled.withProgress(30));

        assertThat(sender.calls()).extracting(c -> c.payload().get("state")).containsExactly("PENDING", "SCHEDULED");
        assertThat(sender.calls().getFirst().payload()).containsEntry("id", "t1").containsEntry("jobId", job.id())
                .containsEntry("name", "pay").containsEntry("position", 1);
    }

    @Test
    void taskProgressWebhooksFireOnTaskProgress() {
        Job job = job(hook("task.Progress", null));
        stores.jobs().create(job);
        Task running = Task.pending("t1", job.id(), null, 1, task("pay").build(), AT).schedule(task("pay").build(), AT)
                .start("node", AT);

        dispatcher.taskChanged(running, running.withProgress(75));

        assertThat(sender.calls()).extracting(c -> c.payload().get("progress")).containsExactly(75.0);
    }

    @Test
    void theIfDecides() {
        Job job = job(hook(null, "{{ true }}"), hook(null, "{{ false }}"), hook(null, "false"),
                hook(null, "{{ job.State }}"), hook(null, "{{ nosuch.thing }}"));

        dispatcher.jobChanged(null, job);

        assertThat(sender.calls()).hasSize(1);
    }

    @Test
    void headersAreRenderedAgainstTheJobContextSoTheyMayCarrySecrets() {
        Webhook hook = new Webhook("http://receiver/hook",
                Map.of("Authorization", "Bearer {{ secrets.token }}", "X-Job", "{{ job.name }}"), null, null);

        dispatcher.jobChanged(null, job(hook));

        assertThat(sender.calls().getFirst().headers())
                .containsEntry("Authorization", "Bearer " + SECRET).containsEntry("X-Job", "payroll");
    }

    @Test
    void aHeaderThatFailsToRenderStopsThatWebhookOnly() {
        Webhook broken = new Webhook("http://receiver/broken", Map.of("X", "{{ nosuch.thing }}"), null, null);

        dispatcher.jobChanged(null, job(broken, hook(null, null)));

        assertThat(sender.calls()).extracting(WebhookCall::url).containsExactly("http://receiver/hook");
    }

    @Test
    void jobsWithoutWebhooksCallNothingAndTheirTasksNeedNoLookup() {
        Job plain = Job.submitted("plain", JobKind.JOB, new JobSpec("plain", null, null, null, null,
                List.of(task("t").build()), null, null, null, null, null, null, null), AT);

        dispatcher.jobChanged(null, plain);
        dispatcher.taskChanged(null, Task.pending("t1", "plain", null, 1, task("t").build(), AT));
        dispatcher.taskChanged(null, Task.pending("t2", "gone", null, 1, task("t").build(), AT));

        assertThat(sender.calls()).isEmpty();
    }

    private static Webhook hook(String event, String condition) {
        return new Webhook("http://receiver/hook", null, event, condition);
    }

    private static Job job(Webhook... hooks) {
        JobSpec spec = new JobSpec("payroll", null, null, Map.of("who", "everyone", "api_password", "x"),
                Map.of("token", SECRET), List.of(task("pay").build()), null, null, List.of(hooks), null, null, null,
                null);
        return Job.submitted("job-1", JobKind.JOB, spec, AT);
    }
}
