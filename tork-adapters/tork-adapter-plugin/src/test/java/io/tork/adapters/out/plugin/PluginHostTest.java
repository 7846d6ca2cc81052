package io.tork.adapters.out.plugin;

import static io.tork.adapters.out.plugin.PluginJars.manifest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tork.adapters.out.plugin.fixture.BadlyNamedRuntime;
import io.tork.adapters.out.plugin.fixture.EchoRuntime;
import io.tork.adapters.out.plugin.fixture.ExplodingFunction;
import io.tork.adapters.out.plugin.fixture.FailingStartPlugin;
import io.tork.adapters.out.plugin.fixture.ShoutFunction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginHostTest {
    private static final String ENGINE = "0.1.0-SNAPSHOT";

    @TempDir
    Path folder;

    private PluginJars jars;

    @BeforeEach
    void jars() {
        jars = new PluginJars(folder);
    }

    @Test
    void loadsTheRuntimesAndFunctionsOfEveryPluginInItsOwnClassLoader() throws Exception {
        jars.jar("shout.jar", manifest("shouting"), List.of(ShoutFunction.class));
        jars.jar("echo.jar", manifest("echoing"), List.of(EchoRuntime.class));

        try (PluginHost host = PluginHost.load(folder, ENGINE)) {
            assertThat(host.plugins()).extracting(LoadedPlugin::id, LoadedPlugin::version, LoadedPlugin::status)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("echoing", "1.2.3", PluginStatus.STARTED),
                            org.assertj.core.groups.Tuple.tuple("shouting", "1.2.3", PluginStatus.STARTED));
            assertThat(host.plugins().getFirst().runtimes()).containsExactly("echo");
            assertThat(host.plugins().get(1).functions()).containsExactly("shout");

            ProvidedFunction shout = host.functions().getFirst();
            assertThat(shout.call(List.of("hi"))).isEqualTo("HI!");
            assertThat(shout.function().getClass().getClassLoader()).isNotSameAs(getClass().getClassLoader());
            assertThat(shout.plugin().label()).isEqualTo("plugin 'shouting' (shout.jar)");
            ProvidedRuntime echo = host.runtimes().getFirst();
            assertThat(echo.name()).isEqualTo("echo");
            assertThat(echo.requiresImage()).isFalse();
        }
    }

    @Test
    void aBrokenPluginIsReportedByNameAndTheOthersStillLoad() throws Exception {
        jars.garbage("a-garbage.jar");
        jars.jar("b-no-id.jar", Map.of("Plugin-Version", "1.0.0"), List.of(ShoutFunction.class));
        jars.jar("c-future.jar", Map.of("Plugin-Id", "future", "Plugin-Version", "1.0.0",
                "Plugin-Requires", ">=9.0.0"), List.of(EchoRuntime.class));
        Map<String, String> noSuchClass = manifest("no-class");
        noSuchClass.put("Plugin-Class", "com.example.Missing");
        jars.jar("d-no-class.jar", noSuchClass, List.of());
        Map<String, String> failingStart = manifest("failing-start");
        failingStart.put("Plugin-Class", FailingStartPlugin.class.getName());
        jars.jar("e-failing-start.jar", failingStart, List.of(FailingStartPlugin.class), List.of());
        jars.jar("f-exploding.jar", manifest("exploding"), List.of(ExplodingFunction.class, ShoutFunction.class));
        jars.jar("g-missing-class.jar", manifest("missing-extension"), List.of(),
                List.of("com.example.NotInTheJar"));
        jars.jar("h-bad-name.jar", manifest("bad-name"), List.of(BadlyNamedRuntime.class));
        jars.jar("z-good.jar", manifest("good"), List.of(ShoutFunction.class));

        try (PluginHost host = PluginHost.load(folder, ENGINE)) {
            assertThat(host.plugins()).extracting(LoadedPlugin::file).containsExactly("a-garbage.jar", "b-no-id.jar",
                    "c-future.jar", "d-no-class.jar", "e-failing-start.jar", "f-exploding.jar", "g-missing-class.jar",
                    "h-bad-name.jar", "z-good.jar");
            assertThat(host.plugins()).extracting(LoadedPlugin::status).containsExactly(PluginStatus.FAILED,
                    PluginStatus.FAILED, PluginStatus.FAILED, PluginStatus.FAILED, PluginStatus.FAILED,
                    PluginStatus.FAILED, PluginStatus.FAILED, PluginStatus.FAILED, PluginStatus.STARTED);
            assertThat(problemOf(host, "a-garbage.jar")).startsWith("not a readable jar file: ");
            assertThat(problemOf(host, "b-no-id.jar")).isEqualTo("not a plugin: its manifest has no Plugin-Id");
            assertThat(problemOf(host, "c-future.jar"))
                    .isEqualTo("needs Tork >=9.0.0 (Plugin-Requires), this engine is 0.1.0");
            assertThat(problemOf(host, "d-no-class.jar")).isEqualTo("cannot create its Plugin-Class 'com.example.Missing'");
            assertThat(problemOf(host, "e-failing-start.jar")).isEqualTo("failed to start: cannot start today");
            assertThat(problemOf(host, "f-exploding.jar"))
                    .isEqualTo("cannot create " + ExplodingFunction.class.getName() + ": boom in the constructor");
            assertThat(problemOf(host, "g-missing-class.jar"))
                    .startsWith("extension com.example.NotInTheJar cannot be loaded");
            assertThat(problemOf(host, "h-bad-name.jar"))
                    .contains("is named 'Bad Name': use lower-case letters, digits and dashes");
            // a failed plugin contributes nothing, not even its working extensions
            assertThat(host.functions()).extracting(f -> f.plugin().id()).containsExactly("good");
            assertThat(host.runtimes()).isEmpty();
        }
    }

    @Test
    void anExactRequiredVersionMeansThatVersionOrLater() throws Exception {
        jars.jar("exact.jar", Map.of("Plugin-Id", "exact", "Plugin-Version", "1", "Plugin-Requires", "0.1.0"),
                List.of(ShoutFunction.class));
        jars.jar("star.jar", Map.of("Plugin-Id", "star", "Plugin-Version", "1", "Plugin-Requires", "*"),
                List.of(EchoRuntime.class));

        try (PluginHost host = PluginHost.load(folder, "0.1.0")) {
            assertThat(host.plugins()).extracting(LoadedPlugin::status)
                    .containsOnly(PluginStatus.STARTED);
        }
    }

    @Test
    void pluginsListedInDisabledTxtAreDisabled() throws Exception {
        jars.jar("shout.jar", manifest("shouting"), List.of(ShoutFunction.class));
        Files.writeString(folder.resolve("disabled.txt"), "shouting\n");

        try (PluginHost host = PluginHost.load(folder, ENGINE)) {
            assertThat(host.plugins()).singleElement().satisfies(plugin -> {
                assertThat(plugin.status()).isEqualTo(PluginStatus.DISABLED);
                assertThat(plugin.functions()).isEmpty();
            });
            assertThat(host.functions()).isEmpty();
        }
    }

    @Test
    void aMissingFolderMeansNoPlugins() {
        try (PluginHost host = PluginHost.load(folder.resolve("absent"), ENGINE)) {
            assertThat(host.plugins()).isEmpty();
            assertThat(host.runtimes()).isEmpty();
            assertThat(host.functions()).isEmpty();
        }
    }

    @Test
    void aRuntimeReceivesItsSettingsAndMayRefuseThem() throws Exception {
        jars.jar("echo.jar", manifest("echoing"), List.of(EchoRuntime.class));

        try (PluginHost host = PluginHost.load(folder, ENGINE)) {
            ProvidedRuntime echo = host.runtimes().getFirst();
            echo.configure(Map.of("prefix", ">"));
            assertThat(echo.runtime().run(io.tork.plugin.api.RunRequest.builder("t", "j", 1).run("x").build(),
                    new io.tork.plugin.api.RunListener() {
                        @Override
                        public void log(String text) {
                        }

                        @Override
                        public void progress(double percent) {
                        }
                    }).result()).isEqualTo(">x");
            assertThatThrownBy(() -> echo.configure(Map.of("fail", "yes")))
                    .hasMessage("runtime.echo.fail is not a setting");
        }
    }

    @Test
    void theEngineVersionIgnoresPreReleaseSuffixes() {
        assertThat(EngineVersion.forCompatibility("0.1.0-SNAPSHOT")).isEqualTo("0.1.0");
        assertThat(EngineVersion.forCompatibility("1.2.3")).isEqualTo("1.2.3");
        assertThat(EngineVersion.forCompatibility("unknown")).isEqualTo(EngineVersion.UNCHECKED);
        assertThat(EngineVersion.forCompatibility(null)).isEqualTo(EngineVersion.UNCHECKED);
    }

    private static String problemOf(PluginHost host, String file) {
        return host.plugins().stream().filter(p -> p.file().equals(file)).findFirst().orElseThrow().problem();
    }
}
