package io.tork.adapters.in.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.tork.application.port.in.JobQueries;
import java.time.Duration;

/**
 * {@code GET /events}: a server-sent-events stream of job, task and log events, for the console and any other
 * client ({@code curl -N localhost:8000/events?job=<id>}). The stream starts with a {@code ready} event.
 */
final class EventRoutes {
    private final LiveEvents live;
    private final JobQueries jobs;
    private final Duration keepAlive;

    EventRoutes(LiveEvents live, JobQueries jobs, Duration keepAlive) {
        this.live = live;
        this.jobs = jobs;
        this.keepAlive = keepAlive;
    }

    void register(RoutesConfig routes) {
        routes.get("/events", this::stream);
    }

    private void stream(Context ctx) throws Exception {
        EventFilter filter = EventFilter.parse(ctx.queryParam("job"), ctx.queryParam("types"));
        if (filter.jobId() != null) jobs.job(filter.jobId()); // 404 for an unknown job, before the stream starts
        var res = ctx.res();
        res.setStatus(200);
        res.setContentType("text/event-stream");
        res.setCharacterEncoding("UTF-8");
        res.setHeader("Cache-Control", "no-cache");
        res.setHeader("X-Accel-Buffering", "no");
        EventStream stream = new EventStream(filter, keepAlive);
        live.add(stream);
        try {
            stream.pump(res.getOutputStream());
        } finally {
            live.remove(stream);
        }
    }
}
