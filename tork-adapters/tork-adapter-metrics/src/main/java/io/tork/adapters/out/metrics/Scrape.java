package io.tork.adapters.out.metrics;

/** One scrape: the metrics in a Prometheus exposition format, and that format's content type. */
public record Scrape(String contentType, String body) {
}
