package io.tork.adapters.in.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.tork.adapters.in.web.view.PageView;
import io.tork.adapters.in.web.view.ScheduledJobSummaryView;
import io.tork.adapters.in.web.view.ScheduledJobView;
import io.tork.adapters.in.web.view.StatusView;
import io.tork.application.port.in.ScheduledJobsUseCase;
import io.tork.domain.schedule.ScheduledJob;
import io.tork.domain.schedule.ScheduledJobSpec;
import io.tork.domain.spec.JobSpec;

/**
 * {@code /scheduled-jobs} (reference §1.3): create (JSON or YAML, like jobs), list newest first, read, pause,
 * resume, delete. Every answer is redacted: a scheduled job's secrets never leave the API.
 */
final class ScheduledJobRoutes {
    private final ScheduledJobsUseCase scheduledJobs;
    private final RequestBodies bodies;
    private final JsonResponses json;

    ScheduledJobRoutes(ScheduledJobsUseCase scheduledJobs, RequestBodies bodies, JsonResponses json) {
        this.scheduledJobs = scheduledJobs;
        this.bodies = bodies;
        this.json = json;
    }

    void register(RoutesConfig routes) {
        routes.post("/scheduled-jobs", this::create);
        routes.get("/scheduled-jobs", ctx -> {
            Paging paging = Paging.parse(ctx.queryParam("page"), ctx.queryParam("size"), Paging.JOBS);
            json.send(ctx, 200, PageView.of(scheduledJobs.list(paging.page(), paging.size()),
                    s -> ScheduledJobSummaryView.of(redacted(s))));
        });
        routes.get("/scheduled-jobs/{id}", ctx ->
                json.send(ctx, 200, ScheduledJobView.of(redacted(scheduledJobs.get(ctx.pathParam("id"))))));
        routes.put("/scheduled-jobs/{id}/pause", ctx -> {
            scheduledJobs.pause(ctx.pathParam("id"));
            json.send(ctx, 200, StatusView.OK);
        });
        routes.put("/scheduled-jobs/{id}/resume", ctx -> {
            scheduledJobs.resume(ctx.pathParam("id"));
            json.send(ctx, 200, StatusView.OK);
        });
        routes.delete("/scheduled-jobs/{id}", ctx -> {
            scheduledJobs.delete(ctx.pathParam("id"));
            json.send(ctx, 200, StatusView.OK);
        });
    }

    private void create(Context ctx) {
        ScheduledJobSpec spec = bodies.read(ctx, ScheduledJobSpec.class);
        json.send(ctx, 200, ScheduledJobSummaryView.of(redacted(scheduledJobs.create(spec))));
    }

    /** Redacted as a job with the same document would be: by secret key names and by the secrets' values. */
    private static ScheduledJob redacted(ScheduledJob s) {
        ScheduledJobSpec spec = s.spec();
        Redactor redactor = Redactor.withSecrets(spec.secrets() == null ? java.util.List.of() : spec.secrets().values());
        JobSpec job = redactor.spec(spec.toJobSpec());
        ScheduledJobSpec hidden = new ScheduledJobSpec(redactor.text(spec.name()), redactor.text(spec.description()),
                job.tags(), job.inputs(), job.secrets(), job.tasks(), job.output(), job.defaults(), job.webhooks(),
                job.permissions(), job.autoDelete(), job.timeout(), spec.schedule());
        return new ScheduledJob(s.id(), hidden, s.state(), s.createdAt(), s.nextRunAt());
    }
}
