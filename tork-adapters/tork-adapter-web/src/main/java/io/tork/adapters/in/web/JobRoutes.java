package io.tork.adapters.in.web;

import io.tork.adapters.in.web.error.ApiException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.tork.adapters.in.web.view.ErrorView;
import io.tork.adapters.in.web.view.StatusView;
import io.tork.application.port.in.ControlJobUseCase;
import io.tork.application.port.in.JobQueries;
import io.tork.application.port.in.SubmitJobCommand;
import io.tork.application.port.in.SubmitJobUseCase;
import io.tork.domain.common.Durations;
import io.tork.domain.job.Job;
import io.tork.domain.job.JobKind;
import io.tork.domain.spec.JobSpec;
import java.time.Duration;
import java.util.Optional;

/** {@code /jobs}: submit (optionally waiting for the end), list and search, read, cancel, restart, logs. */
final class JobRoutes {
    private final SubmitJobUseCase submit;
    private final ControlJobUseCase control;
    private final JobQueries jobs;
    private final RedactedReads reads;
    private final RequestBodies bodies;
    private final JsonResponses json;

    JobRoutes(ApiServices services, RedactedReads reads, RequestBodies bodies, JsonResponses json) {
        this.submit = services.submit();
        this.control = services.control();
        this.jobs = services.jobs();
        this.reads = reads;
        this.bodies = bodies;
        this.json = json;
    }

    void register(RoutesConfig routes) {
        routes.post("/jobs", this::submitJob);
        routes.get("/jobs", ctx -> json.send(ctx, 200, reads.jobs(JobSearch.parse(ctx.queryParam("q"),
                Paging.parse(ctx.queryParam("page"), ctx.queryParam("size"), Paging.JOBS)))));
        routes.get("/jobs/{id}", ctx -> json.send(ctx, 200, reads.job(ctx.pathParam("id"))));
        routes.put("/jobs/{id}/cancel", ctx -> {
            control.cancel(ctx.pathParam("id"));
            json.send(ctx, 200, StatusView.OK);
        });
        routes.put("/jobs/{id}/restart", ctx -> {
            control.restart(ctx.pathParam("id"));
            json.send(ctx, 200, StatusView.OK);
        });
        routes.get("/jobs/{id}/log", ctx -> json.send(ctx, 200, reads.jobLog(ctx.pathParam("id"), ctx.queryParam("q"),
                Paging.parse(ctx.queryParam("page"), ctx.queryParam("size"), Paging.LOGS))));
    }

    private void submitJob(Context ctx) throws InterruptedException {
        JobSpec spec = bodies.read(ctx, JobSpec.class);
        Job job = submit.submit(new SubmitJobCommand(spec, JobKind.JOB, ctx.header("Idempotency-Key")));
        if (spec.waitFor() == null) {
            json.send(ctx, 200, reads.summary(job));
            return;
        }
        Optional<Job> ended = jobs.awaitEnd(job.id(), waitTimeout(spec));
        if (ended.isPresent()) {
            json.send(ctx, 200, reads.job(ended.get()));
        } else {
            json.send(ctx, 408, ErrorView.of("timeout waiting for job to complete"));
        }
    }

    /** The application validates {@code wait.timeout} on submission; this only turns it into a Duration. */
    private static Duration waitTimeout(JobSpec spec) {
        String timeout = spec.waitFor().timeout();
        if (timeout == null || timeout.isBlank()) {
            throw ApiException.badRequest("wait.timeout: is required when wait is set");
        }
        try {
            return Durations.parse(timeout);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("wait.timeout: " + e.getMessage());
        }
    }
}
