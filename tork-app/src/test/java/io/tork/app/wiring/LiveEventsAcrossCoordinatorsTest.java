package io.tork.app.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.tork.app.e2e.EventRecorder;
import io.tork.app.cli.RunningEngine;
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

/**
 * {@code GET /events} in distributed mode: two coordinators share the work of a job (competing consumers on the
 * broker), yet the stream of the one the job was not submitted to shows every change and every log line, because
 * the notices travel over Artemis.
 */
class LiveEventsAcrossCoordinatorsTest {
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
    void eitherCoordinatorStreamsEveryStepWhicheverCoordinatorHandledIt() throws Exception {
        int brokerPort = FreePorts.next();
        String database = postgres.newDatabase();
        Map<String, String> broker = DistributedSettings.artemisAt(brokerPort, artemisData);
        TorkConfig coordinatorConfig = DistributedSettings.config(broker, DistributedSettings.postgres(database));
        Engines.migration().migrate(coordinatorConfig);

        List<RunningEngine> engines = new ArrayList<>();
        try {
            engines.add(BrokerEngine.start(coordinatorConfig));
            CoordinatorEngine watched = CoordinatorEngine.start(coordinatorConfig);
            engines.add(watched);
            CoordinatorEngine other = CoordinatorEngine.start(
                    DistributedSettings.config(broker, DistributedSettings.postgres(database)));
            engines.add(other);
            engines.add(WorkerEngine.start(DistributedSettings.config(broker, Map.of("worker.name", "remote-worker"))));

            try (EventRecorder stream = new EventRecorder(watched.apiPort()); ApiClient api = new ApiClient(other.apiPort())) {
                await().atMost(Duration.ofSeconds(30)).until(stream::isReady);
                JsonNode job = api.runToEnd("""
                        name: watched from afar
                        tasks:
                          - name: first
                            run: echo "line from the first task"
                          - name: second
                            run: echo "line from the second task"
                        """);
                assertThat(job.path("state").asText()).isEqualTo("COMPLETED");

                await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(stream.text())
                        .contains("line from the first task", "line from the second task")
                        .containsPattern("event: task\\ndata: \\{[^\\n]*\"state\":\"COMPLETED\"[^\\n]*\"name\":\"second\"")
                        .containsPattern("event: job\\ndata: \\{\"id\":\"" + job.path("id").asText()
                                + "\"[^\\n]*\"state\":\"COMPLETED\""));
            }
        } finally {
            for (int i = engines.size() - 1; i >= 0; i--) engines.get(i).stop();
        }
    }
}
