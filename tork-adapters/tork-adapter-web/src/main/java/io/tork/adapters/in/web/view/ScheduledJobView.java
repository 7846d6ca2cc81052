package io.tork.adapters.in.web.view;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS;
import static io.tork.adapters.in.web.view.SpecViews.mapAll;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.tork.adapters.in.web.view.SpecViews.AutoDeleteView;
import io.tork.adapters.in.web.view.SpecViews.DefaultsView;
import io.tork.adapters.in.web.view.SpecViews.PermissionView;
import io.tork.adapters.in.web.view.SpecViews.WebhookView;
import io.tork.domain.schedule.ScheduledJob;
import io.tork.domain.schedule.ScheduledJobSpec;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The full scheduled job (reference §2.6 ScheduledJob), plus its job-level {@code timeout} and when it fires next.
 * Built from an already redacted scheduled job: unlike the reference, secrets never leave (SPEC §4, quirk 4).
 */
public record ScheduledJobView(
        String id,
        String name,
        String description,
        String cron,
        String state,
        Map<String, String> inputs,
        @JsonInclude(ALWAYS) List<TaskView> tasks,
        DefaultsView defaults,
        AutoDeleteView autoDelete,
        List<WebhookView> webhooks,
        List<PermissionView> permissions,
        @JsonInclude(ALWAYS) Instant createdAt,
        List<String> tags,
        Map<String, String> secrets,
        String output,
        String timeout,
        Instant nextRunAt) {

    public static ScheduledJobView of(ScheduledJob s) {
        ScheduledJobSpec spec = s.spec();
        List<TaskView> tasks = spec.tasks() == null ? List.of() : mapAll(spec.tasks(), TaskView::ofDefinition);
        return new ScheduledJobView(s.id(), spec.name(), spec.description(), s.cron(), s.state().name(),
                spec.inputs(), tasks, DefaultsView.of(spec.defaults()), AutoDeleteView.of(spec.autoDelete()),
                mapAll(spec.webhooks(), WebhookView::of), mapAll(spec.permissions(), PermissionView::of),
                s.createdAt(), spec.tags(), spec.secrets(), spec.output(), spec.timeout(), s.nextRunAt());
    }
}
