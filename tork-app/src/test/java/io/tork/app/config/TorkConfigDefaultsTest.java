package io.tork.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class TorkConfigDefaultsTest {
    private final TorkConfig config = TorkConfig.defaults();

    @Test
    void runsStandaloneWithNothingButDocker() {
        assertThat(config.broker().type()).isEqualTo(BrokerType.INMEMORY);
        assertThat(config.datastore().type()).isEqualTo(DatastoreType.INMEMORY);
        assertThat(config.runtime().type()).isEqualTo(RuntimeType.DOCKER);
    }

    @Test
    void servesTheApiOnLocalhost8000() {
        assertThat(config.coordinator().address()).isEqualTo(new ListenAddress("localhost", 8000));
        assertThat(config.coordinator().name()).isEqualTo("Coordinator");
        assertThat(config.endpoint()).isEqualTo(URI.create("http://localhost:8000"));
    }

    @Test
    void workerConsumesTheDefaultQueueOneTaskAtATime() {
        assertThat(config.worker().name()).isEqualTo("Worker");
        assertThat(config.worker().queues()).containsExactly(Map.entry("default", 1));
        assertThat(config.worker().heartbeatInterval()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.worker().limits())
                .isEqualTo(new WorkerLimits(Optional.empty(), Optional.empty(), Optional.empty()));
    }

    @Test
    void isHardenedByDefault() {
        assertThat(config.runtime().docker().privileged()).isFalse();
        assertThat(config.runtime().docker().pidsLimit()).isEqualTo(1024);
        assertThat(config.runtime().docker().torkDirMode()).isEqualTo(DockerTorkDirMode.AUTO);
        assertThat(config.runtime().docker().torkDirRoot()).isEmpty();
        assertThat(config.mounts().bindAllowed()).isFalse();
        assertThat(config.mounts().bindSources()).isEmpty();
        assertThat(config.web().bodyLimitBytes()).isEqualTo(500 * 1024);
    }

    @Test
    void remainingDefaults() {
        assertThat(config.logging()).isEqualTo(new LoggingConfig(LogLevel.INFO, LogFormat.PRETTY));
        assertThat(config.runtime().shell().cmd()).isEqualTo(List.of("bash", "-c"));
        assertThat(config.runtime().shell().uid()).isEmpty();
        assertThat(config.runtime().shell().gid()).isEmpty();
        assertThat(config.plugins().dir()).isEqualTo(Path.of("./plugins"));
    }
}
