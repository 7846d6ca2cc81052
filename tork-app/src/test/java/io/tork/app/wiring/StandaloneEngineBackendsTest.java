package io.tork.app.wiring;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tork.app.config.TorkConfig;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StandaloneEngineBackendsTest {
    @Test
    void refusesABrokerThisBuildCannotRunBeforeStartingAnything() {
        TorkConfig config = TorkConfig.of(Map.of("broker.type", "artemis", "coordinator.address", "localhost:0"));

        assertThatThrownBy(() -> StandaloneEngine.start(config))
                .hasMessage("broker.type 'artemis' is not available in this build yet: use inmemory");
    }

    @Test
    void refusesADatastoreThisBuildCannotRun() {
        TorkConfig config = TorkConfig.of(Map.of("datastore.type", "postgres", "coordinator.address", "localhost:0"));

        assertThatThrownBy(() -> StandaloneEngine.start(config))
                .hasMessage("datastore.type 'postgres' is not available in this build yet: use inmemory");
    }
}
