package io.tork.adapters.out.broker.artemis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ArtemisConfigTest {
    @Test
    void absentValuesTakeTheirDefaults() {
        ArtemisConfig config = new ArtemisConfig(" ", false, null, "", "ignored without a user");

        assertThat(config.url()).isEqualTo("tcp://localhost:61616");
        assertThat(config.dataDir()).isNotNull();
        assertThat(config.username()).isNull();
        assertThat(config.password()).isNull();
        assertThat(ArtemisConfig.defaults()).isEqualTo(new ArtemisConfig(null, false, null, null, null));
    }

    @Test
    void hostAndPortComeFromTheUrlWhateverItsQuery() {
        ArtemisConfig config = new ArtemisConfig("tcp://0.0.0.0:61617?retryInterval=100", true, Path.of("/d"), "u", "p");

        assertThat(config.host()).isEqualTo("0.0.0.0");
        assertThat(config.port()).isEqualTo(61617);
        assertThat(new ArtemisConfig("tcp://broker", false, null, null, null).port()).isEqualTo(61616);
    }
}
