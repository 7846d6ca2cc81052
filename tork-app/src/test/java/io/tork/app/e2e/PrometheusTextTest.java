package io.tork.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The parser the metrics tests rely on refuses what Prometheus would refuse. */
class PrometheusTextTest {
    private static final String GOOD = """
            # HELP jobs Jobs by state
            # TYPE jobs gauge
            jobs{state="RUNNING"} 2.0
            jobs{state="FAILED",note="a \\"quoted\\" \\\\ value"} 0
            # TYPE retries_total counter
            retries_total 3.0
            # TYPE wait_seconds histogram
            wait_seconds_bucket{le="0.5"} 1
            wait_seconds_bucket{le="1.0"} 2
            wait_seconds_bucket{le="+Inf"} 2
            wait_seconds_count 2
            wait_seconds_sum 1.25
            """;

    @Test
    void readsAWellFormedExposition() {
        PrometheusText parsed = PrometheusText.parse(GOOD, false);

        assertThat(parsed.value("jobs", "state", "RUNNING")).isEqualTo(2);
        assertThat(parsed.value("jobs", "note", "a \"quoted\" \\ value")).isZero();
        assertThat(parsed.value("retries_total")).isEqualTo(3);
        assertThat(parsed.value("wait_seconds_bucket", "le", "+Inf")).isEqualTo(2);
        assertThat(parsed.typeOf("wait_seconds")).isEqualTo("histogram");
    }

    @Test
    void openMetricsNeedsItsEnd() {
        assertThat(PrometheusText.parse(GOOD.replace("\n\n", "\n") + "# EOF\n", true).value("retries_total"))
                .isEqualTo(3);
        assertThatThrownBy(() -> PrometheusText.parse(GOOD, true)).hasMessageContaining("# EOF");
    }

    @Test
    void refusesWhatAScraperWouldRefuse() {
        assertRefused("untyped 1\n", "no # TYPE");
        assertRefused("# TYPE a gauge\na{x=\"1\"} one\n", "bad number");
        assertRefused("# TYPE a gauge\na{x=1} 1\n", "expected =\"");
        assertRefused("# TYPE a gauge\na 1\na 2\n", "duplicate series");
        assertRefused("# TYPE a gauge\na 1\n# TYPE b gauge\nb 1\n# TYPE a gauge\n", "second # TYPE");
        assertRefused("# TYPE a gauge\na 1\n# TYPE b counter\nb_total 1\na 2\n", "no # TYPE");
        assertRefused("# TYPE a gauge\na{x=\"1\\q\"} 1\n", "bad escape");
        assertRefused("# TYPE h histogram\nh_bucket{le=\"1\"} 3\nh_bucket{le=\"+Inf\"} 2\nh_count 2\n",
                "not cumulative");
        assertRefused("# TYPE h histogram\nh_bucket{le=\"+Inf\"} 2\nh_count 3\n", "differs from its count");
        assertRefused("# TYPE a gauge\na 1", "line feed");
    }

    private static void assertRefused(String text, String problem) {
        assertThatThrownBy(() -> PrometheusText.parse(text, false)).as(text).hasMessageContaining(problem);
    }
}
