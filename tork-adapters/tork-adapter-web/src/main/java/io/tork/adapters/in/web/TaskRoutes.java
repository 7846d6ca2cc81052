package io.tork.adapters.in.web;

import io.javalin.config.RoutesConfig;

/** {@code /tasks/{id}} and its log ({@code q} searches it). */
final class TaskRoutes {
    private final RedactedReads reads;
    private final JsonResponses json;

    TaskRoutes(RedactedReads reads, JsonResponses json) {
        this.reads = reads;
        this.json = json;
    }

    void register(RoutesConfig routes) {
        routes.get("/tasks/{id}", ctx -> json.send(ctx, 200, reads.task(ctx.pathParam("id"))));
        routes.get("/tasks/{id}/log", ctx -> json.send(ctx, 200, reads.taskLog(ctx.pathParam("id"),
                ctx.queryParam("q"), Paging.parse(ctx.queryParam("page"), ctx.queryParam("size"), Paging.LOGS))));
    }
}
