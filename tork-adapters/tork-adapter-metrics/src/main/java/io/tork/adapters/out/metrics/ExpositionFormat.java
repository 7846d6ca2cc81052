package io.tork.adapters.out.metrics;

import java.util.Locale;

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

    /** OpenMetrics when the {@code Accept} header names it, else the classic text format. */
    public static ExpositionFormat forAccept(String accept) {
        return accept != null && accept.toLowerCase(Locale.ROOT).contains("application/openmetrics-text")
                ? OPENMETRICS : PROMETHEUS_TEXT;
    }
}
