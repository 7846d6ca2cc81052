package io.tork.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code datastore.encryption.key} and {@code datastore.retention.*}. */
class DatastoreSettingsTest {
    @Test
    void byDefaultNothingIsEncryptedAndRetentionFollowsTheReference() {
        DatastoreConfig datastore = TorkConfig.defaults().datastore();

        assertThat(datastore.encryptionKey()).isEmpty();
        assertThat(datastore.retention().logs()).isEqualTo(Duration.ofHours(168));
        assertThat(datastore.retention().jobs()).isEqualTo(Duration.ofHours(8760));
    }

    @Test
    void readsTheKeyAndTheRetentions() {
        DatastoreConfig datastore = TorkConfig.of(Map.of("datastore.encryption.key", "s3cret passphrase",
                "datastore.retention.logs.duration", "24h", "datastore.retention.jobs.duration", "720h")).datastore();

        assertThat(datastore.encryptionKey()).contains("s3cret passphrase");
        assertThat(datastore.retention().logs()).isEqualTo(Duration.ofHours(24));
        assertThat(datastore.retention().jobs()).isEqualTo(Duration.ofHours(720));
    }

    @Test
    void theKeyNeverShowsInTheConfigurationsText() {
        DatastoreConfig datastore = TorkConfig.of(Map.of("datastore.encryption.key", "s3cret passphrase")).datastore();

        assertThat(datastore.toString()).doesNotContain("s3cret").contains("encryptionKey=(set)");
    }

    @Test
    void retentionsShorterThanAMinuteOrUnreadableAreRefusedNamingTheKey() {
        assertThatThrownBy(() -> TorkConfig.of(Map.of("datastore.retention.logs.duration", "30s",
                "datastore.retention.jobs.duration", "forever")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("datastore.retention.logs.duration '30s': expected at least 1m")
                .hasMessageContaining("datastore.retention.jobs.duration 'forever'");
    }
}
