package io.tork.app.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tork.adapters.out.datastore.postgres.PostgresConfig;
import io.tork.app.config.ConfigException;
import io.tork.app.config.TorkConfig;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The {@code broker.artemis.*} and {@code datastore.postgres.*} keys, as the wiring reads them. */
class DistributedConfigTest {
    @Test
    void defaultsPointAtALocalBrokerAndTheReferencesDatabase() {
        TorkConfig config = TorkConfig.defaults();

        assertThat(config.broker().artemis().url()).isEqualTo("tcp://localhost:61616");
        assertThat(config.broker().artemis().embedded()).isFalse();
        assertThat(config.broker().artemis().dataDir()).isEqualTo(Path.of("./data/artemis"));
        assertThat(config.broker().artemis().username()).isEmpty();
        PostgresConfig postgres = PostgresStartup.adapterConfig(config.datastore().postgres());
        assertThat(postgres.url()).isEqualTo("jdbc:postgresql://localhost:5432/tork?sslmode=disable");
        assertThat(postgres.username()).isEqualTo("tork");
        assertThat(postgres.password()).isEqualTo("tork");
        assertThat(postgres.maxPoolSize()).isEqualTo(25);
    }

    @Test
    void readsEveryKey() {
        TorkConfig config = TorkConfig.of(Map.of(
                "broker.artemis.url", "tcp://0.0.0.0:61617", "broker.artemis.embedded", "true",
                "broker.artemis.data-dir", "/var/lib/tork/artemis", "broker.artemis.username", "u",
                "broker.artemis.password", "hunter2",
                "datastore.postgres.url", "jdbc:postgresql://db:5432/tork", "datastore.postgres.username", "alice",
                "datastore.postgres.password", "pw", "datastore.postgres.max-pool-size", "7"));

        assertThat(config.broker().artemis().url()).isEqualTo("tcp://0.0.0.0:61617");
        assertThat(config.broker().artemis().embedded()).isTrue();
        assertThat(config.broker().artemis().dataDir()).isEqualTo(Path.of("/var/lib/tork/artemis"));
        assertThat(config.broker().artemis().password()).isEqualTo(Optional.of("hunter2"));
        assertThat(config.broker().artemis().toString()).doesNotContain("hunter2").contains("username=u");
        assertThat(PostgresStartup.adapterConfig(config.datastore().postgres()))
                .isEqualTo(new PostgresConfig("jdbc:postgresql://db:5432/tork", "alice", "pw", 7));
        assertThat(config.datastore().postgres().toString()).doesNotContain("pw");
    }

    @Test
    void acceptsTheReferencesDsnWithExplicitCredentialsWinning() {
        TorkConfig config = TorkConfig.of(Map.of(
                "datastore.postgres.dsn", "host=db user=tork password=tork dbname=jobs port=5433 sslmode=disable",
                "datastore.postgres.password", "better"));

        assertThat(PostgresStartup.adapterConfig(config.datastore().postgres()))
                .isEqualTo(new PostgresConfig("jdbc:postgresql://db:5433/jobs?sslmode=disable", "tork", "better", 25));
    }

    @Test
    void reportsBadValuesByKey() {
        assertThatThrownBy(() -> TorkConfig.of(Map.of(
                "datastore.postgres.url", "postgres://db/tork",
                "datastore.postgres.max-pool-size", "0",
                "broker.artemis.embedded", "true",
                "broker.artemis.url", "vm://0")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("datastore.postgres.url")
                .hasMessageContaining("datastore.postgres.max-pool-size")
                .hasMessageContaining("an embedded broker needs tcp://host:port");
    }

    @Test
    void urlAndDsnTogetherAreAmbiguous() {
        assertThatThrownBy(() -> TorkConfig.of(Map.of("datastore.postgres.url", "jdbc:postgresql://db/tork",
                "datastore.postgres.dsn", "host=db")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("set datastore.postgres.url or datastore.postgres.dsn, not both");
    }
}
