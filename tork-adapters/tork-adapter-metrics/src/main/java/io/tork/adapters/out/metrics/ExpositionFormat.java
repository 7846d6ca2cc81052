package io.tork.adapters.out.metrics;

/** The two text formats Prometheus reads. */
public enum ExpositionFormat {
    /** The classic text format, version 0.0.4 ({@code text/plain}). */
    PROMETHEUS_TEXT("text/plain; version=0.0.4; charset=utf-8"),
    /** OpenMetrics 1.0, what Prometheus asks for first. */
    OPENMETRICS("application/openmetrics-text; version=1.0.0; charset=utf-8");

    private final String contentType;

    ExpositionFormat(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }
}
