package io.tork.application.webhook;

import io.tork.application.events.StoreChangeListener;
import io.tork.application.port.out.ExpressionEvaluator;
import io.tork.application.port.out.ExpressionException;
import io.tork.application.port.out.JobStore;
import io.tork.application.port.out.WebhookSender;
import io.tork.application.port.out.WebhookSender.WebhookCall;
import io.tork.domain.job.Job;
import io.tork.domain.spec.Webhook;
import io.tork.domain.task.Task;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides which of a job's webhooks fire for a stored change (reference §9.3) and hands them to the
 * {@link WebhookSender}: job webhooks on every state the job enters ({@code job.StateChange}, the default) or on
 * progress ({@code job.Progress}); task webhooks, declared on the job, on every state a task enters
 * ({@code task.StateChange}) or on its progress ({@code task.Progress}). A webhook's {@code if} must evaluate to
 * true; its header values are templates rendered against the job's context (so a header may carry a secret);
 * the payload is the job's or task's summary with the job's secrets redacted.
 *
 * <p>Task events need their job's webhooks: jobs are cached here as this process last stored or read them, so a
 * task webhook's {@code if} may see a slightly older {@code job} (as in the reference).
 */
public final class WebhookDispatcher implements StoreChangeListener {
    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final int CACHED_JOBS = 1024;

    private final JobStore jobs;
    private final ExpressionEvaluator evaluator;
    private final WebhookSender sender;
    private final Map<String, Job> recentJobs = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Job> eldest) {
            return size() > CACHED_JOBS;
        }
    };

    public WebhookDispatcher(JobStore jobs, ExpressionEvaluator evaluator, WebhookSender sender) {
        this.jobs = jobs;
        this.evaluator = evaluator;
        this.sender = sender;
    }

    @Override
    public void jobChanged(Job before, Job after) {
        remember(after);
        WebhookEvent event;
        if (before == null || before.state() != after.state()) event = WebhookEvent.JOB_STATE_CHANGE;
        else if (before.progress() != after.progress()) event = WebhookEvent.JOB_PROGRESS;
        else return;
        List<Webhook> hooks = hooksOf(after, event);
        if (hooks.isEmpty()) return;
        SecretRedaction redaction = SecretRedaction.of(after);
        Map<String, Object> summary = WebhookPayloads.jobSummary(after, redaction);
        Map<String, Object> conditionContext = Map.of("job", WebhookPayloads.forConditions(summary));
        hooks.forEach(hook -> call(hook, after, summary, conditionContext));
    }

    @Override
    public void taskChanged(Task before, Task after) {
        WebhookEvent event;
        if (before == null || before.state() != after.state()) event = WebhookEvent.TASK_STATE_CHANGE;
        else if (before.progress() != after.progress()) event = WebhookEvent.TASK_PROGRESS;
        else return;
        Optional<Job> owner = jobOf(after.jobId());
        if (owner.isEmpty()) return;
        Job job = owner.get();
        List<Webhook> hooks = hooksOf(job, event);
        if (hooks.isEmpty()) return;
        SecretRedaction redaction = SecretRedaction.of(job);
        Map<String, Object> summary = WebhookPayloads.taskSummary(after, redaction);
        Map<String, Object> conditionContext = Map.of(
                "task", WebhookPayloads.forConditions(summary),
                "job", WebhookPayloads.forConditions(WebhookPayloads.jobSummary(job, redaction)));
        hooks.forEach(hook -> call(hook, job, summary, conditionContext));
    }

    private static List<Webhook> hooksOf(Job job, WebhookEvent event) {
        List<Webhook> declared = job.spec() == null ? null : job.spec().webhooks();
        if (declared == null) return List.of();
        return declared.stream().filter(h -> h != null && h.url() != null && event.isWanted(h.event())).toList();
    }

    private void call(Webhook hook, Job job, Map<String, Object> payload, Map<String, Object> conditionContext) {
        if (!conditionHolds(hook, job, conditionContext)) return;
        String url;
        try {
            url = evaluator.render(hook.url(), job.context().asMap());
        } catch (ExpressionException e) {
            log.warn("a webhook of job {} not called: its url: {}", job.id(), e.getMessage());
            return;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        if (hook.headers() != null) {
            for (Map.Entry<String, String> header : hook.headers().entrySet()) {
                try {
                    headers.put(header.getKey(), evaluator.render(header.getValue(), job.context().asMap()));
                } catch (ExpressionException e) {
                    log.warn("webhook {} of job {} not called: header {}: {}", url, job.id(), header.getKey(),
                            e.getMessage());
                    return;
                }
            }
        }
        sender.send(new WebhookCall(url, headers, payload, job.id()));
    }

    private boolean conditionHolds(Webhook hook, Job job, Map<String, Object> context) {
        String condition = hook.condition();
        if (condition == null || condition.isBlank()) return true;
        Object value;
        try {
            value = evaluator.evaluate(condition, context);
        } catch (ExpressionException e) {
            log.warn("webhook {} of job {} not called: its if failed: {}", hook.url(), job.id(), e.getMessage());
            return false;
        }
        if (value instanceof Boolean b) return b;
        if (value instanceof String s && (s.trim().equals("true") || s.trim().equals("false"))) {
            return Boolean.parseBoolean(s.trim());
        }
        log.warn("webhook {} of job {} not called: its if gave {} instead of true or false", hook.url(), job.id(),
                value == null ? "nothing" : value.getClass().getSimpleName());
        return false;
    }

    private Optional<Job> jobOf(String jobId) {
        synchronized (recentJobs) {
            Job cached = recentJobs.get(jobId);
            if (cached != null) return Optional.of(cached);
        }
        try {
            Optional<Job> found = jobs.find(jobId);
            found.ifPresent(this::remember);
            return found;
        } catch (RuntimeException e) {
            log.warn("task webhooks of job {} skipped: the job could not be read: {}", jobId, e.getMessage());
            return Optional.empty();
        }
    }

    private void remember(Job job) {
        synchronized (recentJobs) {
            recentJobs.put(job.id(), job);
        }
    }
}
