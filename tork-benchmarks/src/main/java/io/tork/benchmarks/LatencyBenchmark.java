package io.tork.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Benchmark 3: scheduling latency on an idle standalone engine, from sending the job to the API until the runtime
 * is asked to run its task. One job at a time, each after the previous one ended.
 */
final class LatencyBenchmark {
    private static final String SECTION = "3. Scheduling latency";
    private final Bench bench;

    LatencyBenchmark(Bench bench) {
        this.bench = bench;
    }

    List<Result> run() throws Exception {
        int samples = bench.size(500, 50);
        List<Double> p50 = new ArrayList<>();
        List<Double> p99 = new ArrayList<>();
        List<Double> httpP50 = new ArrayList<>();
        List<Double> httpP99 = new ArrayList<>();
        for (int round = 1; round <= bench.rounds(); round++) {
            Bench.settle();
            NoopRuntime runtime = new NoopRuntime();
            runtime.recordStarts();
            try (EngineUnderTest engine = Deployments.standalone(Map.of(), runtime); EngineApi api = engine.api()) {
                sample(api, runtime, samples / 2); // warm-up
                List<Double> latencies = sample(api, runtime, samples);
                List<Double> http = healthRoundTrips(api, samples);
                p50.add(Stats.percentile(latencies, 50));
                p99.add(Stats.percentile(latencies, 99));
                httpP50.add(Stats.percentile(http, 50));
                httpP99.add(Stats.percentile(http, 99));
            }
            Bench.log("latency round %d: p50 %.2f ms, p99 %.2f ms (GET /health p50 %.2f ms, p99 %.2f ms)", round,
                    p50.getLast(), p99.getLast(), httpP50.getLast(), httpP99.getLast());
        }
        String http = "GET /health round trip: p50 " + Format.value(Stats.median(httpP50), "ms") + ", p99 "
                + Format.value(Stats.median(httpP99), "ms");
        return List.of(
                Result.of(SECTION, "submit → task running, p50", null, p50, "ms", http,
                        Format.number(Stats.median(p50) / Stats.median(httpP50)) + "× one API round trip"),
                Result.of(SECTION, "submit → task running, p99", Target.atMost(20, "ms"), p99, "ms", http,
                        Format.number(Stats.median(p99) / Stats.median(httpP99)) + "× one API round trip"));
    }

    private static List<Double> sample(EngineApi api, NoopRuntime runtime, int count) throws InterruptedException {
        List<Double> latencies = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long sent = System.nanoTime();
            String jobId = api.submit(Jobs.oneTask(Jobs.IMAGE));
            long began = runtime.awaitStart(jobId, Duration.ofSeconds(30));
            latencies.add((began - sent) / 1e6);
            api.awaitEnd(jobId, Duration.ofSeconds(30), Duration.ofMillis(1));
            Thread.sleep(5); // idle between jobs
        }
        return latencies;
    }

    private static List<Double> healthRoundTrips(EngineApi api, int count) throws InterruptedException {
        List<Double> times = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long sent = System.nanoTime();
            api.get("/health");
            times.add((System.nanoTime() - sent) / 1e6);
            Thread.sleep(5);
        }
        return times;
    }
}
