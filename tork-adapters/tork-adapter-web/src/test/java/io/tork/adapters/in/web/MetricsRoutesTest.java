package io.tork.adapters.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.tork.adapters.in.web.middleware.Middleware;
import io.tork.application.port.in.SystemQueries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MetricsRoutesTest {
    private final SecuredServer secured = new SecuredServer(Middleware.DEFAULTS);
    private final ApiClient api = secured.api;

    @AfterEach
    void stop() {
        secured.close();
    }

    @Test
    void browsersAndPlainClientsGetTheReferenceJson() {
        secured.app.metrics = new SystemQueries.Metrics(2, 3, 1, 12.5);

        for (String accept : new String[] {"*/*", "application/json",
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}) {
            var r = api.get("/metrics", "Accept", accept);
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.contentType()).startsWith("application/json");
            assertThat(r.json().path("jobs").path("running").asLong()).isEqualTo(2);
            assertThat(r.header("Vary")).isEqualTo("Accept");
        }
    }

    @Test
    void prometheusGetsOpenMetricsAndTextClientsTheClassicFormat() {
        var prometheus = api.get("/metrics", "Accept",
                "application/openmetrics-text;version=1.0.0,application/openmetrics-text;version=0.0.1;q=0.75,"
                        + "text/plain;version=0.0.4;q=0.5,*/*;q=0.1");
        var text = api.get("/metrics", "Accept", "text/plain");

        assertThat(prometheus.contentType()).startsWith("application/openmetrics-text");
        assertThat(prometheus.body()).endsWith("# EOF\n");
        assertThat(text.contentType()).startsWith("text/plain; version=0.0.4");
        assertThat(text.body()).isEqualTo("tork_up 1\n");
    }

    @Test
    void thePrometheusPathAlwaysAnswersInAPrometheusFormat() {
        assertThat(api.get("/metrics/prometheus", "Accept", "application/json").contentType())
                .startsWith("text/plain; version=0.0.4");
        assertThat(api.get("/metrics/prometheus", "Accept", "application/openmetrics-text").contentType())
                .startsWith("application/openmetrics-text");
    }

    @Test
    void withoutAScraperMetricsAreJsonOnly() {
        WebServer plain = new WebServer(new WebConfig("127.0.0.1", 0, "v"), new FakeApplication().services());
        ApiClient client = new ApiClient(plain.start());
        try {
            assertThat(client.get("/metrics", "Accept", "text/plain").contentType()).startsWith("application/json");
            assertThat(client.get("/metrics/prometheus").status()).isEqualTo(404);
        } finally {
            plain.stop();
        }
    }
}
