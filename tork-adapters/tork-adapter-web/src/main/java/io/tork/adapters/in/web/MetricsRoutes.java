package io.tork.adapters.in.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.tork.adapters.in.web.view.MetricsView;
import io.tork.application.port.in.SystemQueries;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code GET /metrics}: the reference's JSON, or the Prometheus text format when the client asks for
 * {@code text/plain} or OpenMetrics (as Prometheus does); {@code GET /metrics/prometheus} always answers in a
 * Prometheus format (SPEC §3).
 */
final class MetricsRoutes {
    private static final String OPENMETRICS = "application/openmetrics-text";
    private final SystemQueries system;
    private final Optional<PrometheusScraper> prometheus;
    private final JsonResponses json;

    MetricsRoutes(SystemQueries system, Optional<PrometheusScraper> prometheus, JsonResponses json) {
        this.system = system;
        this.prometheus = prometheus;
        this.json = json;
    }

    void register(RoutesConfig routes) {
        routes.get("/metrics", ctx -> {
            String accept = accept(ctx);
            ctx.header("Vary", "Accept");
            if (prometheus.isPresent() && (accept.contains(OPENMETRICS) || accept.contains("text/plain"))) {
                sendScrape(ctx, prometheus.get());
            } else {
                json.send(ctx, 200, MetricsView.of(system.metrics()));
            }
        });
        prometheus.ifPresent(scraper -> routes.get("/metrics/prometheus", ctx -> sendScrape(ctx, scraper)));
    }

    private static void sendScrape(Context ctx, PrometheusScraper scraper) {
        PrometheusScraper.Exposition exposition = scraper.scrape(accept(ctx).contains(OPENMETRICS));
        ctx.status(200).contentType(exposition.contentType()).result(exposition.body());
    }

    private static String accept(Context ctx) {
        String accept = ctx.header("Accept");
        return accept == null ? "" : accept.toLowerCase(Locale.ROOT);
    }
}
