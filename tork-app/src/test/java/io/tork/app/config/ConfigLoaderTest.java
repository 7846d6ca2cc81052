package io.tork.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    @Test
    void readsTheFileNamedByTorkConfig() throws IOException {
        Path file = write("custom.toml", """
                [broker]
                type = "artemis"

                [worker.queues]
                default = 2
                video = 1
                """);

        TorkConfig config = new ConfigLoader(Map.of("TORK_CONFIG", file.toString()), List.of()).load();

        assertThat(config.broker().type()).isEqualTo(BrokerType.ARTEMIS);
        assertThat(config.worker().queues()).containsExactly(Map.entry("default", 2), Map.entry("video", 1));
    }

    @Test
    void aMissingTorkConfigFileIsAnError() {
        Path missing = dir.resolve("nope.toml");
        ConfigLoader loader = new ConfigLoader(Map.of("TORK_CONFIG", missing.toString()), List.of());

        assertThatThrownBy(loader::load)
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("could not find config file " + missing);
    }

    @Test
    void otherwiseReadsTheFirstExistingDefaultLocation() throws IOException {
        Path second = write("second.toml", "[runtime]\ntype = \"shell\"\n");
        Path third = write("third.toml", "[runtime]\ntype = \"docker\"\n");
        ConfigLoader loader = new ConfigLoader(Map.of(), List.of(dir.resolve("first.toml"), second, third));

        assertThat(loader.configFile()).contains(second);
        assertThat(loader.load().runtime().type()).isEqualTo(RuntimeType.SHELL);
    }

    @Test
    void noFileAtAllMeansDefaults() {
        ConfigLoader loader = new ConfigLoader(Map.of(), List.of(dir.resolve("absent.toml")));

        assertThat(loader.configFile()).isEmpty();
        assertThat(loader.load()).isEqualTo(TorkConfig.defaults());
    }

    @Test
    void environmentVariablesOverrideTheFile() throws IOException {
        Path file = write("config.toml", """
                [broker]
                type = "inmemory"
                [coordinator]
                address = "localhost:8000"
                [worker.queues]
                default = 1
                """);
        Map<String, String> env = Map.of(
                "TORK_CONFIG", file.toString(),
                "TORK_BROKER_TYPE", "artemis",
                "TORK_COORDINATOR_ADDRESS", "localhost:8123",
                "TORK_WORKER_QUEUES_VIDEO", "2",
                "PATH", "/usr/bin",
                "TORK_", "ignored");

        TorkConfig config = new ConfigLoader(env, List.of()).load();

        assertThat(config.broker().type()).isEqualTo(BrokerType.ARTEMIS);
        assertThat(config.coordinator().address()).isEqualTo(new ListenAddress("localhost", 8123));
        assertThat(config.worker().queues()).containsEntry("default", 1).containsEntry("video", 2).hasSize(2);
    }

    @Test
    void environmentAloneIsEnough() {
        TorkConfig config = new ConfigLoader(Map.of("TORK_MOUNTS_BIND_SOURCES", "/a,/b", "TORK_RUNTIME_TYPE", "shell"),
                List.of()).load();

        assertThat(config.mounts().bindSources()).containsExactly("/a", "/b");
        assertThat(config.runtime().type()).isEqualTo(RuntimeType.SHELL);
    }

    @Test
    void anUnknownValueInTheEnvironmentFailsTheLoad() {
        ConfigLoader loader = new ConfigLoader(Map.of("TORK_BROKER_TYPE", "rabbit"), List.of());

        assertThatThrownBy(loader::load)
                .hasMessage("invalid configuration: unknown broker.type 'rabbit': allowed values are inmemory, artemis");
    }

    @Test
    void tomlTypesAreAccepted() throws IOException {
        Path file = write("typed.toml", """
                [runtime.docker]
                privileged = true
                pids.limit = 64

                [mounts.bind]
                allowed = true
                sources = ["/data", "/srv"]

                [middleware.web]
                bodylimit = "1M"
                """);

        TorkConfig config = new ConfigLoader(Map.of("TORK_CONFIG", file.toString()), List.of()).load();

        assertThat(config.runtime().docker().privileged()).isTrue();
        assertThat(config.runtime().docker().pidsLimit()).isEqualTo(64);
        assertThat(config.mounts().bindSources()).containsExactly("/data", "/srv");
        assertThat(config.web().bodyLimitBytes()).isEqualTo(1024 * 1024);
    }

    @Test
    void malformedTomlIsAnErrorNamingTheFile() throws IOException {
        Path file = write("broken.toml", "[broker\ntype = \n");
        ConfigLoader loader = new ConfigLoader(Map.of("TORK_CONFIG", file.toString()), List.of());

        assertThatThrownBy(loader::load)
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("config file " + file + " is not valid TOML")
                .hasMessageContaining("line 1");
    }

    @Test
    void standardLocationsAreTheWorkingDirectoryTheUserAndTheSystem() {
        assertThat(ConfigFiles.standardLocations(Path.of("/work"), Path.of("/home/ann"))).containsExactly(
                Path.of("/work/config.toml"),
                Path.of("/home/ann/.config/tork/config.toml"),
                Path.of("/etc/tork/config.toml"));
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
