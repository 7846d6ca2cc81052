package io.tork.adapters.in.web;

/** Renders the metrics in a Prometheus text format; the metrics library stays behind this. */
@FunctionalInterface
public interface PrometheusScraper {
    /** @param openMetrics OpenMetrics 1.0 when true, else the classic text format 0.0.4 */
    Exposition scrape(boolean openMetrics);

    record Exposition(String contentType, String body) {
    }
}
