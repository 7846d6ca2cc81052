package io.tork.app.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.tork.app.config.TorkConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The distributed set-up in one JVM: a broker, a coordinator and a worker sharing one broker and one database. */
class CoordinatorAndWorkerTest {
    private static PostgresServer postgres;

    @TempDir
    Path artemisData;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = PostgresServer.start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @Test
    void aCoordinatorAndASeparateWorkerRunAJobToCompletion() throws Exception {
        int brokerPort = FreePorts.next();
        String database = postgres.newDatabase();
        Map<String, String> broker = DistributedSettings.artemisAt(brokerPort, artemisData);
        TorkConfig coordinatorConfig = DistributedSettings.config(broker, DistributedSettings.postgres(database));
        TorkConfig workerConfig = DistributedSettings.config(broker, Map.of("worker.name", "remote-worker"));
        Engines.migration().migrate(coordinatorConfig);

        List<io.tork.app.cli.RunningEngine> engines = new ArrayList<>();
        try {
            engines.add(BrokerEngine.start(coordinatorConfig));
            CoordinatorEngine coordinator = CoordinatorEngine.start(coordinatorConfig);
            engines.add(coordinator);
            engines.add(WorkerEngine.start(workerConfig));

            try (ApiClient api = new ApiClient(coordinator.apiPort())) {
                JsonNode job = api.runToEnd(ApiClient.HELLO_JOB);

                assertThat(job.path("state").asText()).isEqualTo("COMPLETED");
                assertThat(job.path("execution").get(0).path("result").asText()).isEqualTo("hello");
                await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(api.get("/nodes").findValuesAsText("name"))
                        .contains("remote-worker", "Coordinator"));
                JsonNode health = api.get("/health");
                assertThat(health.path("status").asText()).isEqualTo("UP");
            }
        } finally {
            for (int i = engines.size() - 1; i >= 0; i--) engines.get(i).stop();
        }
        assertThat(FreePorts.isFree(brokerPort)).as("tork run broker released its port when stopped").isTrue();
    }

    @Test
    void twoCoordinatorsSideBySideServeTheApiAndShareTheWorkWithoutDoingAnyTwice() throws Exception {
        int brokerPort = FreePorts.next();
        String database = postgres.newDatabase();
        Map<String, String> broker = DistributedSettings.artemisAt(brokerPort, artemisData);
        TorkConfig coordinatorConfig = DistributedSettings.config(broker, DistributedSettings.postgres(database));
        Engines.migration().migrate(coordinatorConfig);

        List<io.tork.app.cli.RunningEngine> engines = new ArrayList<>();
        try {
            engines.add(BrokerEngine.start(coordinatorConfig));
            CoordinatorEngine first = CoordinatorEngine.start(coordinatorConfig);
            engines.add(first);
            CoordinatorEngine second = CoordinatorEngine.start(coordinatorConfig);
            engines.add(second);
            engines.add(WorkerEngine.start(DistributedSettings.config(broker,
                    Map.of("worker.name", "shared-worker", "worker.queues.default", "4"))));

            try (ApiClient one = new ApiClient(first.apiPort()); ApiClient two = new ApiClient(second.apiPort())) {
                List<String> ids = new ArrayList<>();
                for (int n = 0; n < 8; n++) ids.add((n % 2 == 0 ? one : two).submit(twoStepJob(n)));

                for (int n = 0; n < ids.size(); n++) {
                    ApiClient reader = n % 2 == 0 ? two : one;
                    JsonNode job = reader.awaitEnd(ids.get(n));
                    assertThat(job.path("state").asText()).as(job::toPrettyString).isEqualTo("COMPLETED");
                    assertThat(job.path("execution").findValuesAsText("result")).containsExactly("a" + n, "b" + n);
                    assertThat(job.path("execution").findValuesAsText("state")).as("one attempt per task")
                            .containsExactly("COMPLETED", "COMPLETED");
                }
            }
        } finally {
            for (int i = engines.size() - 1; i >= 0; i--) engines.get(i).stop();
        }
    }

    private static String twoStepJob(int n) {
        return """
                name: shared %1$d
                tasks:
                  - name: a
                    run: echo -n a%1$d > $TORK_OUTPUT
                  - name: b
                    run: echo -n b%1$d > $TORK_OUTPUT
                """.formatted(n);
    }
}
