package io.tork.app.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tork.app.config.TorkConfig;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StandaloneOverArtemisAndPostgresTest {
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
    void runsAJobToCompletionOverAnEmbeddedBrokerAndAMigratedDatabase() throws Exception {
        int brokerPort = FreePorts.next();
        TorkConfig config = DistributedSettings.config(
                DistributedSettings.embeddedArtemis(brokerPort, artemisData),
                DistributedSettings.postgres(postgres.newDatabase()));
        Engines.migration().migrate(config);

        StandaloneEngine engine = StandaloneEngine.start(config);
        try (ApiClient api = new ApiClient(engine.apiPort())) {
            JsonNode job = api.runToEnd(ApiClient.HELLO_JOB);

            assertThat(job.path("state").asText()).isEqualTo("COMPLETED");
            assertThat(job.path("execution").get(0).path("result").asText()).isEqualTo("hello");
            JsonNode health = api.get("/health");
            assertThat(health.path("status").asText()).isEqualTo("UP");
        } finally {
            engine.stop();
        }
        assertThat(FreePorts.isFree(brokerPort)).as("the embedded broker stopped with the engine").isTrue();
    }
}
