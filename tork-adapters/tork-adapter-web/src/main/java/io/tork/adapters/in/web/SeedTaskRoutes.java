package io.tork.adapters.in.web;

import io.tork.adapters.in.web.error.ApiException;
import io.javalin.config.RoutesConfig;
import io.tork.adapters.in.web.view.StatusView;
import io.tork.application.port.in.ControlJobUseCase;
import io.tork.application.port.in.JobQueries;
import io.tork.application.port.in.SubmitJobUseCase;
import io.tork.application.port.out.NotFoundException;
import io.tork.domain.job.Job;
import io.tork.domain.job.JobKind;
import io.tork.domain.spec.TaskSpec;

/**
 * The seed API (SPEC §3): {@code POST /task}, {@code GET /task/{id}}, {@code PUT /task/{id}/cancel}. A single
 * task is run as a one-task job and its public id is the job's id; ids of other jobs are not tasks here.
 */
final class SeedTaskRoutes {
    private final SubmitJobUseCase submit;
    private final ControlJobUseCase control;
    private final JobQueries jobs;
    private final RedactedReads reads;
    private final RequestBodies bodies;
    private final JsonResponses json;

    SeedTaskRoutes(ApiServices services, RedactedReads reads, RequestBodies bodies, JsonResponses json) {
        this.submit = services.submit();
        this.control = services.control();
        this.jobs = services.jobs();
        this.reads = reads;
        this.bodies = bodies;
        this.json = json;
    }

    void register(RoutesConfig routes) {
        routes.post("/task", ctx -> {
            Job job = submit.submitTask(bodies.read(ctx, TaskSpec.class));
            json.send(ctx, 200, reads.seedTask(job));
        });
        routes.get("/task/{id}", ctx -> json.send(ctx, 200, reads.seedTask(seedJob(ctx.pathParam("id")))));
        routes.put("/task/{id}/cancel", ctx -> {
            control.cancel(seedJob(ctx.pathParam("id")).id());
            json.send(ctx, 200, StatusView.OK);
        });
    }

    private Job seedJob(String id) {
        Job job;
        try {
            job = jobs.job(id);
        } catch (NotFoundException e) {
            throw ApiException.notFound("task not found");
        }
        if (job.kind() != JobKind.SINGLE_TASK) {
            throw ApiException.notFound("task not found");
        }
        return job;
    }
}
