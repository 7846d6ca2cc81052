package io.tork.app.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.tork.app.cli.CommandFailedException;
import io.tork.app.config.TorkConfig;
import io.tork.application.retention.Cleanup;
import io.tork.application.retention.RetentionPolicy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The PostgreSQL datastore of a real engine: secrets encrypted at rest with {@code datastore.encryption.key}
 * (searched for in the raw tables), search still working, wrong or missing keys refused at start-up, and the
 * cleanup deleting {@code autoDelete} jobs and old logs.
 */
class SecretsAtRestAndRetentionTest {
    private static final String KEY = "an operator's long passphrase";
    private static final String CANARY = "canary-at-rest-41c9e";
    private static final String PAYROLL = """
            name: payroll run
            tags: [finance, monthly]
            secrets:
              api_token: %s
            tasks:
              - name: pay
                env:
                  TOKEN: "{{ secrets.api_token }}"
                run: echo "paying with $TOKEN and a receipt"
            """.formatted(CANARY);

    private static PostgresServer postgres;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = PostgresServer.start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @Test
    void secretsAreStoredEncryptedSearchStillWorksAndOnlyTheRightKeyOpensTheDatabase() throws Exception {
        String database = postgres.newDatabase();
        TorkConfig withKey = config(database, Map.of("datastore.encryption.key", KEY));
        Engines.migration().migrate(withKey);

        String jobId;
        StandaloneEngine engine = StandaloneEngine.start(withKey);
        try (ApiClient api = new ApiClient(engine.apiPort())) {
            JsonNode job = api.runToEnd(PAYROLL);
            assertThat(job.path("state").asText()).isEqualTo("COMPLETED");
            jobId = job.path("id").asText();
            ApiClient.Answer scheduled = api.post("/scheduled-jobs", "text/yaml",
                    PAYROLL.replace("name: payroll run", "name: payroll schedule\nschedule:\n  cron: \"@yearly\""));
            assertThat(scheduled.status()).isEqualTo(200);

            assertThat(rawDocuments(database)).hasSize(3).noneMatch(doc -> doc.contains(CANARY))
                    .allMatch(doc -> doc.contains("\"enc:"));
            assertThat(api.get("/jobs?q=tag:finance").path("totalItems").asInt()).isEqualTo(1);
            assertThat(api.get("/jobs?q=payroll%20tags:nothing,monthly").path("items").get(0).path("id").asText())
                    .isEqualTo(jobId);
            assertThat(api.get("/jobs?q=tag:nothing").path("totalItems").asInt()).isZero();
            JsonNode receipts = api.get("/jobs/" + jobId + "/log?q=receipt");
            assertThat(receipts.path("totalItems").asInt()).isEqualTo(1);
            assertThat(receipts.toString()).contains("paying with [REDACTED]").doesNotContain(CANARY);
            assertThat(api.get("/jobs/" + jobId + "/log?q=refund").path("totalItems").asInt()).isZero();
            assertThat(api.get("/jobs/" + jobId).toString()).doesNotContain(CANARY);
            assertThat(api.get("/scheduled-jobs/" + scheduled.json().path("id").asText()).toString())
                    .doesNotContain(CANARY).contains("[REDACTED]");
        } finally {
            engine.stop();
        }

        assertThatThrownBy(() -> StandaloneEngine.start(config(database, Map.of("datastore.encryption.key", "wrong"))))
                .isInstanceOf(CommandFailedException.class)
                .hasMessageContaining("datastore.encryption.key is not the key this database's secrets were encrypted with");
        assertThatThrownBy(() -> StandaloneEngine.start(config(database, Map.of())))
                .isInstanceOf(CommandFailedException.class)
                .hasMessageContaining("set datastore.encryption.key");

        StandaloneEngine reopened = StandaloneEngine.start(withKey);
        try (ApiClient api = new ApiClient(reopened.apiPort())) {
            assertThat(api.get("/jobs/" + jobId).path("state").asText()).isEqualTo("COMPLETED");
        } finally {
            reopened.stop();
        }
    }

    @Test
    void theCleanupDeletesAutoDeleteJobsAndOldLogsButKeepsRecentJobs() throws Exception {
        String database = postgres.newDatabase();
        TorkConfig config = config(database, Map.of());
        Engines.migration().migrate(config);
        StandaloneEngine engine = StandaloneEngine.start(config);
        try (ApiClient api = new ApiClient(engine.apiPort());
             DatastoreBackend datastore = Backends.datastore(config)) {
            JsonNode temporary = api.runToEnd("""
                    name: temporary
                    autoDelete:
                      after: 1m
                    tasks:
                      - name: t
                        run: echo short-lived
                    """);
            JsonNode kept = api.runToEnd(ApiClient.HELLO_JOB.replace("tasks:", "tasks:\n  - name: log\n    run: echo kept\n"));
            String temporaryId = temporary.path("id").asText();
            String keptId = kept.path("id").asText();
            assertThat(temporary.path("deleteAt").asText()).isNotEmpty();
            await().atMost(Duration.ofSeconds(10)).until(() -> api.get("/jobs/" + keptId + "/log")
                    .path("totalItems").asInt() > 0);

            Clock later = Clock.fixed(Instant.now().plus(Duration.ofMinutes(2)), ZoneOffset.UTC);
            Cleanup cleanup = new Cleanup(datastore.retention(), datastore.lock(),
                    new RetentionPolicy(Duration.ofMinutes(1), Duration.ofDays(365)), later);
            Cleanup.Result result = cleanup.runOnce();

            assertThat(result.jobs()).isEqualTo(1);
            assertThat(result.logParts()).isPositive();
            assertThat(api.status("/jobs/" + temporaryId).status()).isEqualTo(404);
            assertThat(api.get("/jobs/" + keptId).path("state").asText()).isEqualTo("COMPLETED");
            assertThat(api.get("/jobs/" + keptId + "/log").path("totalItems").asInt()).isZero();
        } finally {
            engine.stop();
        }
    }

    private static TorkConfig config(String database, Map<String, String> extra) {
        Map<String, String> keys = new HashMap<>(DistributedSettings.postgres(database));
        keys.putAll(extra);
        return DistributedSettings.config(keys);
    }

    private static List<String> rawDocuments(String url) throws SQLException {
        List<String> docs = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, PostgresServer.USER, PostgresServer.PASSWORD);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT doc::text FROM jobs UNION ALL SELECT doc::text FROM tasks "
                     + "UNION ALL SELECT doc::text FROM scheduled_jobs")) {
            while (rows.next()) docs.add(rows.getString(1));
        }
        return docs;
    }
}
