package io.tork.benchmarks;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.WaitContainerResultCallback;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Benchmark 1: a job of 20 sequential trivial container tasks on a standalone engine, against the same 20
 * containers created, started, awaited and removed directly with docker-java. Each round runs both, back to back.
 */
final class DockerBenchmark {
    private static final String SECTION = "1. Docker overhead";
    private static final int TASKS = 20;
    private final Bench bench;

    DockerBenchmark(Bench bench) {
        this.bench = bench;
    }

    List<Result> run() throws Exception {
        List<Double> ratios = new ArrayList<>();
        List<Double> engineSeconds = new ArrayList<>();
        List<Double> directSeconds = new ArrayList<>();
        try (DockerClient docker = connect();
             EngineUnderTest engine = Deployments.standalone(Map.of(), null); EngineApi api = engine.api()) {
            direct(docker, 3); // warm-up: caches, compiled code
            viaEngine(api, 3);
            for (int round = 1; round <= bench.rounds(); round++) {
                directSeconds.add(direct(docker, TASKS));
                engineSeconds.add(viaEngine(api, TASKS));
                ratios.add(engineSeconds.getLast() / directSeconds.getLast());
                Bench.log("docker round %d: engine %.2f s, direct %.2f s (%.2f×)", round, engineSeconds.getLast(),
                        directSeconds.getLast(), ratios.getLast());
            }
        }
        return List.of(Result.of(SECTION, TASKS + " sequential container tasks, engine ÷ direct",
                Target.atMost(1.15, "×"), ratios, "×",
                "direct docker-java loop: " + Format.value(Stats.median(directSeconds), "s"),
                "engine: " + Format.value(Stats.median(engineSeconds), "s")));
    }

    /**
     * From the submission to the job's own completion instant. Measuring to when a poll notices the end needed a
     * poll every few milliseconds, and each poll of a 20-task job costs the engine about 2 ms of CPU: a third of a
     * core taken from the Docker daemon on a 2-core machine, which the direct loop never pays. The engine and this
     * harness share the clock (same process).
     */
    private static double viaEngine(EngineApi api, int tasks) throws InterruptedException {
        Instant submitted = Instant.now();
        String id = api.submit(Jobs.sequential(tasks, Jobs.IMAGE));
        String state = api.awaitEnd(id, Duration.ofMinutes(5), Duration.ofMillis(200));
        if (!state.equals("COMPLETED")) throw new IllegalStateException("the container job ended " + state);
        Instant completed = Instant.parse(api.get("/jobs/" + id).path("completedAt").asText());
        return Duration.between(submitted, completed).toNanos() / 1e9;
    }

    private static double direct(DockerClient docker, int containers) {
        long start = System.nanoTime();
        for (int i = 0; i < containers; i++) {
            String id = docker.createContainerCmd(Jobs.IMAGE).withCmd("true")
                    .withLabels(Map.of("io.tork.benchmark", "direct")).exec().getId();
            try {
                docker.startContainerCmd(id).exec();
                int exit = docker.waitContainerCmd(id).exec(new WaitContainerResultCallback()).awaitStatusCode();
                if (exit != 0) throw new IllegalStateException("the container exited with " + exit);
            } finally {
                docker.removeContainerCmd(id).withForce(true).exec();
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** The same client set-up as the engine's Docker runtime. */
    private static DockerClient connect() {
        DockerClientConfig config = DefaultDockerClientConfig.createDefaultConfigBuilder().build();
        ApacheDockerHttpClient http = new ApacheDockerHttpClient.Builder().dockerHost(config.getDockerHost())
                .sslConfig(config.getSSLConfig()).maxConnections(100).connectionTimeout(Duration.ofSeconds(10)).build();
        return DockerClientImpl.getInstance(config, http);
    }
}
