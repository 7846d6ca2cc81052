package io.tork.adapters.in.web;

import io.tork.adapters.in.web.error.ApiException;
import io.javalin.config.RoutesConfig;
import io.tork.adapters.in.web.view.HealthView;
import io.tork.adapters.in.web.view.NodeView;
import io.tork.adapters.in.web.view.QueueView;
import io.tork.application.port.in.SystemQueries;
import io.tork.application.port.in.SystemQueries.Health;
import java.util.Map;
import java.util.TreeMap;

/** Health, nodes and queues. */
final class SystemRoutes {
    private final SystemQueries system;
    private final String version;
    private final JsonResponses json;

    SystemRoutes(SystemQueries system, String version, JsonResponses json) {
        this.system = system;
        this.version = version;
        this.json = json;
    }

    void register(RoutesConfig routes) {
        routes.get("/health", ctx -> {
            Health health = system.health();
            String reported = health.version() == null || health.version().isBlank() ? version : health.version();
            json.send(ctx, health.isUp() ? 200 : 503, new HealthView(health.isUp() ? "UP" : "DOWN", reported,
                    health.details() == null ? Map.of() : new TreeMap<>(health.details())));
        });
        routes.get("/nodes", ctx -> json.send(ctx, 200, system.nodes().stream().map(NodeView::of).toList()));
        routes.get("/queues", ctx -> json.send(ctx, 200, system.queues().stream().map(QueueView::of).toList()));
        routes.get("/queues/{name}", ctx -> {
            String name = ctx.pathParam("name");
            json.send(ctx, 200, QueueView.of(system.queue(name).orElseThrow(() -> queueNotFound(name))));
        });
        routes.delete("/queues/{name}", ctx -> {
            String name = ctx.pathParam("name");
            if (system.queue(name).isEmpty()) throw queueNotFound(name);
            system.deleteQueue(name);
            ctx.status(200);
        });
    }

    private static ApiException queueNotFound(String name) {
        return ApiException.notFound("queue " + name + " not found");
    }
}
