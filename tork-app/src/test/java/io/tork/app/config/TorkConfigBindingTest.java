package io.tork.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TorkConfigBindingTest {

    @Test
    void readsEveryKey() {
        TorkConfig config = TorkConfig.of(Map.ofEntries(
                Map.entry("logging.level", "warning"),
                Map.entry("logging.format", "JSON"),
                Map.entry("coordinator.address", "0.0.0.0:8123"),
                Map.entry("coordinator.name", "c1"),
                Map.entry("worker.name", "w1"),
                Map.entry("worker.queues.video", "2"),
                Map.entry("worker.limits.cpus", "1.5"),
                Map.entry("worker.limits.memory", "512m"),
                Map.entry("worker.limits.timeout", "1h30m"),
                Map.entry("worker.heartbeat.interval", "2s"),
                Map.entry("broker.type", "artemis"),
                Map.entry("datastore.type", "postgres"),
                Map.entry("runtime.type", "shell"),
                Map.entry("runtime.shell.cmd", "sh,-c"),
                Map.entry("runtime.shell.uid", "1000"),
                Map.entry("runtime.shell.gid", "-"),
                Map.entry("runtime.docker.privileged", "true"),
                Map.entry("runtime.docker.pids.limit", "0"),
                Map.entry("runtime.docker.torkdir.mode", "volume"),
                Map.entry("runtime.docker.torkdir.root", "/var/tmp/tork"),
                Map.entry("mounts.bind.allowed", true),
                Map.entry("mounts.bind.sources", List.of("/data", "/srv")),
                Map.entry("middleware.web.bodylimit", "2M"),
                Map.entry("plugins.dir", "/opt/tork/plugins"),
                Map.entry("endpoint", "https://tork.example.com:9000")));

        assertThat(config.logging()).isEqualTo(new LoggingConfig(LogLevel.WARN, LogFormat.JSON));
        assertThat(config.coordinator().address()).isEqualTo(new ListenAddress("0.0.0.0", 8123));
        assertThat(config.coordinator().name()).isEqualTo("c1");
        assertThat(config.worker().name()).isEqualTo("w1");
        assertThat(config.worker().queues()).containsExactly(Map.entry("video", 2));
        assertThat(config.worker().limits().cpus()).contains("1.5");
        assertThat(config.worker().limits().memory()).contains("512m");
        assertThat(config.worker().limits().timeout()).contains(Duration.ofMinutes(90));
        assertThat(config.worker().heartbeatInterval()).isEqualTo(Duration.ofSeconds(2));
        assertThat(config.broker().type()).isEqualTo(BrokerType.ARTEMIS);
        assertThat(config.datastore().type()).isEqualTo(DatastoreType.POSTGRES);
        assertThat(config.runtime().type()).isEqualTo(RuntimeType.SHELL);
        assertThat(config.runtime().shell().cmd()).containsExactly("sh", "-c");
        assertThat(config.runtime().shell().uid()).contains(1000);
        assertThat(config.runtime().shell().gid()).isEmpty();
        assertThat(config.runtime().docker().privileged()).isTrue();
        assertThat(config.runtime().docker().limitsPids()).isFalse();
        assertThat(config.runtime().docker().torkDirMode()).isEqualTo(DockerTorkDirMode.VOLUME);
        assertThat(config.runtime().docker().torkDirRoot()).contains(Path.of("/var/tmp/tork"));
        assertThat(config.mounts().bindAllowed()).isTrue();
        assertThat(config.mounts().bindSources()).containsExactly("/data", "/srv");
        assertThat(config.web().bodyLimitBytes()).isEqualTo(2 * 1024 * 1024);
        assertThat(config.plugins().dir()).hasToString("/opt/tork/plugins");
        assertThat(config.endpoint()).hasToString("https://tork.example.com:9000");
    }

    @Test
    void unknownBackendsListTheAllowedValues() {
        assertThatThrownBy(() -> TorkConfig.of(Map.of("broker.type", "rabbit")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("unknown broker.type 'rabbit': allowed values are inmemory, artemis");
        assertThatThrownBy(() -> TorkConfig.of(Map.of("runtime.docker.torkdir.mode", "nfs")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("unknown runtime.docker.torkdir.mode 'nfs': allowed values are auto, volume, bind");
        assertThatThrownBy(() -> TorkConfig.of(Map.of("datastore.type", "mongo")))
                .hasMessageContaining("unknown datastore.type 'mongo': allowed values are inmemory, postgres");
        assertThatThrownBy(() -> TorkConfig.of(Map.of("runtime.type", "pod man")))
                .hasMessageContaining("invalid runtime.type 'pod man': expected a runtime name");
        assertThatThrownBy(() -> TorkConfig.of(Map.of("logging.level", "loud")))
                .hasMessageContaining("unknown logging.level 'loud': allowed values are trace, debug, info, warn, error");
        assertThatThrownBy(() -> TorkConfig.of(Map.of("logging.format", "xml")))
                .hasMessageContaining("unknown logging.format 'xml': allowed values are pretty, json");
    }

    @Test
    void aRuntimeTypeMayNameAPluginRuntimeWhoseSettingsAreKeptForIt() {
        TorkConfig config = TorkConfig.of(Map.of("runtime.type", "podman", "runtime.podman.pids.limit", "100",
                "runtime.podman.ulimits", List.of("nofile=1024:1024", "nproc=512:512"), "runtime.docker.privileged",
                "true", "runtime.other.x", "y"));

        assertThat(config.runtime().type()).isEqualTo(new RuntimeType("podman"));
        assertThat(config.runtime().type().isBuiltIn()).isFalse();
        assertThat(config.runtime().settingsOf("podman")).containsExactly(Map.entry("pids.limit", "100"),
                Map.entry("ulimits", "nofile=1024:1024,nproc=512:512"));
        assertThat(config.runtime().settingsOf("other")).containsExactly(Map.entry("x", "y"));
        assertThat(config.runtime().settingsOf("docker")).isEmpty();
    }

    @Test
    void choicesIgnoreCaseAndSurroundingSpace() {
        TorkConfig config = TorkConfig.of(Map.of("broker.type", " InMemory ", "runtime.type", "DOCKER"));

        assertThat(config.broker().type()).isEqualTo(BrokerType.INMEMORY);
        assertThat(config.runtime().type()).isEqualTo(RuntimeType.DOCKER);
    }

    @Test
    void badValuesNameTheirKey() {
        assertProblem("worker.heartbeat.interval", "10", "invalid worker.heartbeat.interval '10': expected a duration");
        assertProblem("worker.heartbeat.interval", "0s", "invalid worker.heartbeat.interval '0s': expected a positive duration");
        assertProblem("worker.limits.timeout", "soon", "invalid worker.limits.timeout 'soon': expected a duration");
        assertProblem("runtime.docker.pids.limit", "many", "invalid runtime.docker.pids.limit 'many': expected a whole number");
        assertProblem("runtime.docker.pids.limit", "-1", "invalid runtime.docker.pids.limit '-1': expected a whole number of at least 0");
        assertProblem("worker.queues.video", "0", "invalid worker.queues.video '0': expected a whole number of at least 1");
        assertProblem("worker.queues.video", "x", "invalid worker.queues.video 'x': expected a whole number");
        assertProblem("mounts.bind.allowed", "yes", "invalid mounts.bind.allowed 'yes': expected true or false");
        assertProblem("middleware.web.bodylimit", "lots", "invalid middleware.web.bodylimit 'lots': expected a size");
        assertProblem("middleware.web.bodylimit", "0", "invalid middleware.web.bodylimit '0': expected a positive size");
        assertProblem("coordinator.address", "localhost", "invalid coordinator.address 'localhost': expected host:port");
        assertProblem("coordinator.address", "localhost:99999", "invalid coordinator.address 'localhost:99999'");
        assertProblem("runtime.shell.uid", "root", "invalid runtime.shell.uid 'root': expected a numeric id");
        assertProblem("endpoint", "localhost:8000", "invalid endpoint 'localhost:8000': expected a URL");
        assertProblem("coordinator.name", List.of("a", "b"), "invalid coordinator.name '[a, b]': expected a single value");
    }

    @Test
    void reportsEveryProblemAtOnce() {
        assertThatThrownBy(() -> TorkConfig.of(Map.of("broker.type", "rabbit", "worker.heartbeat.interval", "often")))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems()).containsExactlyInAnyOrder(
                        "unknown broker.type 'rabbit': allowed values are inmemory, artemis",
                        "invalid worker.heartbeat.interval 'often': expected a duration such as 10s, 5m or 1h30m"))
                .hasMessageStartingWith("invalid configuration: 2 problems: ");
    }

    @Test
    void queuesKeepTheirConfiguredOrderAndReplaceTheDefault() {
        TorkConfig config = TorkConfig.of(Map.of("worker.queues.b", 3L, "worker.queues.a", "1"));

        assertThat(config.worker().queues()).containsOnlyKeys("a", "b").containsEntry("b", 3);
    }

    @Test
    void listsAcceptArraysAndCommaSeparatedText() {
        assertThat(TorkConfig.of(Map.of("mounts.bind.sources", "/a, /b,,")).mounts().bindSources())
                .containsExactly("/a", "/b");
        assertThat(TorkConfig.of(Map.of("runtime.shell.cmd", List.of("sh", "-c"))).runtime().shell().cmd())
                .containsExactly("sh", "-c");
    }

    @Test
    void blankValuesMeanTheDefault() {
        TorkConfig config = TorkConfig.of(Map.of("broker.type", "", "runtime.shell.cmd", " ", "worker.limits.cpus", ""));

        assertThat(config.broker().type()).isEqualTo(BrokerType.INMEMORY);
        assertThat(config.runtime().shell().cmd()).containsExactly("bash", "-c");
        assertThat(config.worker().limits().cpus()).isEmpty();
    }

    @Test
    void numbersAndBooleansFromTomlAreAccepted() {
        TorkConfig config = TorkConfig.of(Map.of("runtime.docker.pids.limit", 256L, "runtime.docker.privileged", false,
                "worker.limits.cpus", 2L));

        assertThat(config.runtime().docker().pidsLimit()).isEqualTo(256);
        assertThat(config.worker().limits().cpus()).contains("2");
    }

    private static void assertProblem(String key, Object value, String expected) {
        assertThatThrownBy(() -> TorkConfig.of(Map.of(key, value)))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(expected);
    }
}
