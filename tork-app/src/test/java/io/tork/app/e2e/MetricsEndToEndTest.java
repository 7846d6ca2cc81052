package io.tork.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Metrics after real jobs ran in Docker: the reference's JSON stays as it was, and a Prometheus scrape (in both
 * text formats) parses strictly and counts what happened.
 */
class MetricsEndToEndTest {
    /** What Prometheus 2.x and 3.x send. */
    private static final String PROMETHEUS_ACCEPT = "application/openmetrics-text;version=1.0.0;q=0.5,"
            + "application/openmetrics-text;version=0.0.1;q=0.4,text/plain;version=0.0.4;q=0.3,*/*;q=0.2";
    private static DockerEngine engine;
    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void runJobs() throws Exception {
        engine = DockerEngine.start(Map.of());
        String completed = engine.submit("""
                name: fine
                tasks:
                  - name: quick
                    image: ubuntu:mantic
                    run: echo quick
                  - name: slower
                    image: ubuntu:mantic
                    run: sleep 1; echo slower
                """);
        String failed = engine.submit("""
                name: flaky
                tasks:
                  - name: always fails
                    image: ubuntu:mantic
                    run: exit 1
                    retry:
                      limit: 1
                """);
        engine.awaitEnd(completed);
        engine.awaitEnd(failed);
    }

    @AfterAll
    static void stop() {
        if (engine != null) {
            engine.assertNothingLeftBehind();
            engine.close();
        }
    }

    @Test
    void theJsonMetricsKeepTheReferenceShape() {
        Api.Response r = engine.api().get("/metrics");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().path("jobs").path("running").isNumber()).isTrue();
        assertThat(r.body().path("tasks").path("running").isNumber()).isTrue();
        assertThat(r.body().path("nodes").path("online").isNumber()).isTrue();
        assertThat(r.body().path("nodes").path("cpuPercent").isNumber()).isTrue();
    }

    @Test
    void aPrometheusScrapeParsesAndCountsTheJobsThatRan() throws Exception {
        // the coordinator and the worker of this standalone engine, once both sent a heartbeat
        await().atMost(Duration.ofSeconds(30)).until(() -> PrometheusText.parse(
                scrape("/metrics/prometheus", "text/plain").body(), false).value("tork_nodes_online") == 2);
        HttpResponse<String> scrape = scrape("/metrics/prometheus", "text/plain");
        assertThat(scrape.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain; version=0.0.4");

        PrometheusText metrics = PrometheusText.parse(scrape.body(), false);

        assertThat(metrics.value("tork_jobs", "state", "COMPLETED")).isEqualTo(1);
        assertThat(metrics.value("tork_jobs", "state", "FAILED")).isEqualTo(1);
        assertThat(metrics.value("tork_jobs", "state", "RUNNING")).isZero();
        assertThat(metrics.value("tork_job_transitions_total", "state", "COMPLETED")).isEqualTo(1);
        assertThat(metrics.value("tork_job_transitions_total", "state", "FAILED")).isEqualTo(1);
        assertThat(metrics.value("tork_task_transitions_total", "state", "FAILED")).isEqualTo(2);
        assertThat(metrics.value("tork_task_duration_seconds_count", "state", "COMPLETED")).isEqualTo(2);
        assertThat(metrics.value("tork_task_duration_seconds_count", "state", "FAILED")).isEqualTo(2);
        assertThat(metrics.value("tork_task_duration_seconds_sum", "state", "COMPLETED")).isGreaterThanOrEqualTo(1);
        assertThat(metrics.value("tork_task_duration_seconds_bucket", "state", "COMPLETED", "le", "+Inf"))
                .isEqualTo(2);
        assertThat(metrics.value("tork_task_queue_wait_seconds_count")).isEqualTo(4);
        assertThat(metrics.value("tork_task_retries_total")).isEqualTo(1);
        assertThat(metrics.value("tork_task_redeliveries_total")).isZero();
        assertThat(metrics.value("tork_tasks_running")).isZero();
        assertThat(metrics.value("tork_queue_messages", "queue", "default")).isZero();
        assertThat(metrics.value("tork_queue_consumers", "queue", "default")).isEqualTo(1);
        assertThat(metrics.typeOf("tork_task_duration_seconds")).isEqualTo("histogram");
        assertThat(metrics.typeOf("tork_jobs")).isEqualTo("gauge");
        assertThat(metrics.has("jvm_memory_used_bytes")).isTrue();
        assertThat(metrics.has("jvm_gc_pause_seconds_count") || metrics.has("jvm_gc_memory_allocated_bytes_total"))
                .isTrue();
        assertThat(metrics.has("jvm_threads_live_threads")).isTrue();
        assertThat(metrics.value("process_uptime_seconds")).isPositive();
    }

    @Test
    void whatPrometheusAsksForIsOpenMetricsAndParses() throws Exception {
        HttpResponse<String> scrape = scrape("/metrics", PROMETHEUS_ACCEPT);

        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/openmetrics-text; version=1.0.0");
        PrometheusText metrics = PrometheusText.parse(scrape.body(), true);
        assertThat(metrics.value("tork_task_retries_total")).isEqualTo(1);
        assertThat(metrics.typeOf("tork_task_retries")).isEqualTo("counter");
    }

    @Test
    void plainTextClientsGetTheClassicFormatAtMetrics() throws Exception {
        HttpResponse<String> scrape = scrape("/metrics", "text/plain");

        assertThat(scrape.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain; version=0.0.4");
        assertThat(PrometheusText.parse(scrape.body(), false).value("tork_jobs", "state", "COMPLETED")).isEqualTo(1);
    }

    private static HttpResponse<String> scrape(String path, String accept) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(engine.endpoint() + path)).header("Accept", accept)
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
