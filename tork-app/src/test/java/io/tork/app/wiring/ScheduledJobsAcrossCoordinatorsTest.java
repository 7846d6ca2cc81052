package io.tork.app.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.tork.app.cli.RunningEngine;
import io.tork.app.config.TorkConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scheduled jobs with two coordinators over one PostgreSQL database and one Artemis broker, and a worker: each
 * tick creates exactly one job, which runs. Both coordinators fire by one clock that the test moves to just
 * before a tick, instead of waiting up to a minute for it.
 */
class ScheduledJobsAcrossCoordinatorsTest {
    private static final String EVERY_MINUTE = """
            name: every minute
            tags: [scheduled]
            schedule:
              cron: "* * * * *"
            tasks:
              - name: tick
                var: said
                run: echo -n tick > $TORK_OUTPUT
            """;
    /** Both coordinators poll every second: this long after a tick, a second job would have appeared. */
    private static final Duration SETTLED = Duration.ofSeconds(4);

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
    void eachTickCreatesOneJobWhateverTheNumberOfCoordinators() throws Exception {
        int brokerPort = FreePorts.next();
        String database = postgres.newDatabase();
        Map<String, String> broker = DistributedSettings.artemisAt(brokerPort, artemisData);
        TorkConfig config = DistributedSettings.config(broker, DistributedSettings.postgres(database));
        Engines.migration().migrate(config);
        OffsetClock clock = new OffsetClock();

        List<AutoCloseable> started = new ArrayList<>();
        try {
            RunningEngine brokerEngine = BrokerEngine.start(config);
            started.add(brokerEngine::stop);
            CoordinatorNode first = coordinator(config, clock, started);
            CoordinatorNode second = coordinator(config, clock, started);
            RunningEngine worker = WorkerEngine.start(DistributedSettings.config(broker));
            started.add(worker::stop);

            try (ApiClient a = new ApiClient(first.apiPort()); ApiClient b = new ApiClient(second.apiPort())) {
                ApiClient.Answer created = a.post("/scheduled-jobs", "text/yaml", EVERY_MINUTE);
                assertThat(created.status()).as(created.json().toString()).isEqualTo(200);
                String id = created.json().path("id").asText();
                Instant firstTick = Instant.parse(created.json().path("nextRunAt").asText());

                clock.setTo(firstTick.minusSeconds(2));
                await().atMost(Duration.ofSeconds(30)).until(() -> instancesOf(b, id).size() == 1);
                await().during(SETTLED).atMost(SETTLED.plusSeconds(5)).until(() -> instancesOf(a, id).size() == 1);
                JsonNode job = instancesOf(b, id).getFirst();
                assertThat(Instant.parse(job.path("createdAt").asText())).as("fired at its tick, not before")
                        .isAfterOrEqualTo(firstTick);
                assertThat(job.path("schedule").path("cron").asText()).isEqualTo("* * * * *");
                String jobId = job.path("id").asText();
                await().atMost(Duration.ofSeconds(60))
                        .until(() -> a.get("/jobs/" + jobId).path("state").asText().equals("COMPLETED"));
                assertThat(a.get("/jobs/" + jobId).path("execution").get(0).path("result").asText()).isEqualTo("tick");
                Instant secondTick = Instant.parse(b.get("/scheduled-jobs/" + id).path("nextRunAt").asText());
                assertThat(secondTick).isEqualTo(firstTick.plusSeconds(60));

                clock.setTo(secondTick.minusSeconds(2));
                await().atMost(Duration.ofSeconds(30)).until(() -> instancesOf(a, id).size() == 2);
                await().during(SETTLED).atMost(SETTLED.plusSeconds(5)).until(() -> instancesOf(b, id).size() == 2);

                // paused on one coordinator, neither fires; resumed, it fires from the next tick after now
                assertThat(b.put("/scheduled-jobs/" + id + "/pause").status()).isEqualTo(200);
                clock.setTo(secondTick.plusSeconds(60 - 2));
                await().during(SETTLED).atMost(SETTLED.plusSeconds(5)).until(() -> instancesOf(a, id).size() == 2);
                assertThat(a.put("/scheduled-jobs/" + id + "/resume").status()).isEqualTo(200);
                JsonNode resumed = a.get("/scheduled-jobs/" + id);
                assertThat(resumed.path("state").asText()).isEqualTo("ACTIVE");
                assertThat(Instant.parse(resumed.path("nextRunAt").asText())).isAfter(clock.instant());

                // deleting the scheduled job deletes the jobs it created
                List<String> instanceIds = instancesOf(a, id).stream().map(j -> j.path("id").asText()).toList();
                await().atMost(Duration.ofSeconds(60)).until(() -> instanceIds.stream()
                        .allMatch(j -> a.get("/jobs/" + j).path("state").asText().equals("COMPLETED")));
                assertThat(b.delete("/scheduled-jobs/" + id).status()).isEqualTo(200);
                assertThat(a.status("/scheduled-jobs/" + id).status()).isEqualTo(404);
                assertThat(instanceIds).allSatisfy(j -> assertThat(a.status("/jobs/" + j).status()).isEqualTo(404));
            }
        } finally {
            for (int i = started.size() - 1; i >= 0; i--) started.get(i).close();
        }
        assertThat(FreePorts.isFree(brokerPort)).isTrue();
    }

    @Test
    void anInvalidCronIsRefusedNamingTheField() throws Exception {
        TorkConfig config = DistributedSettings.config(DistributedSettings.postgres(postgres.newDatabase()));
        Engines.migration().migrate(config);
        StandaloneEngine engine = StandaloneEngine.start(config);
        try (ApiClient api = new ApiClient(engine.apiPort())) {
            ApiClient.Answer sixFields = api.post("/scheduled-jobs", "application/json", """
                    {"name": "x", "schedule": {"cron": "0 0 * * * *"}, "tasks": [{"name": "t", "run": "true"}]}""");
            ApiClient.Answer macro = api.post("/scheduled-jobs", "application/json", """
                    {"name": "x", "schedule": {"cron": "@fortnightly"}, "tasks": [{"name": "t", "run": "true"}]}""");
            ApiClient.Answer daily = api.post("/scheduled-jobs", "application/json", """
                    {"name": "x", "schedule": {"cron": "@daily"}, "tasks": [{"name": "t", "run": "true"}]}""");

            assertThat(sixFields.status()).isEqualTo(400);
            assertThat(sixFields.json().path("message").asText()).startsWith("schedule.cron: ").contains("6 fields");
            assertThat(sixFields.json().path("errors").get(0).path("field").asText()).isEqualTo("schedule.cron");
            assertThat(macro.status()).isEqualTo(400);
            assertThat(macro.json().path("message").asText()).contains("unknown macro '@fortnightly'");
            assertThat(daily.status()).isEqualTo(200);
            assertThat(Instant.parse(daily.json().path("nextRunAt").asText())).isAfter(Instant.now());
        } finally {
            engine.stop();
        }
    }

    private static CoordinatorNode coordinator(TorkConfig config, OffsetClock clock, List<AutoCloseable> started)
            throws Exception {
        DatastoreBackend datastore = Backends.datastore(config);
        started.add(datastore);
        BrokerBackend broker = Backends.broker(config);
        started.add(broker);
        EngineExtensions extensions = EngineExtensions.load(config);
        started.add(extensions);
        CoordinatorNode node = CoordinatorNode.start(config, datastore, broker, HealthIndicators.of(datastore, broker),
                extensions, clock);
        started.add(node);
        return node;
    }

    private static List<JsonNode> instancesOf(ApiClient api, String scheduledJobId) {
        JsonNode page = api.get("/jobs?q=tag:scheduled&size=20");
        return StreamSupport.stream(page.path("items").spliterator(), false)
                .filter(j -> j.path("schedule").path("id").asText().equals(scheduledJobId))
                .toList();
    }
}
