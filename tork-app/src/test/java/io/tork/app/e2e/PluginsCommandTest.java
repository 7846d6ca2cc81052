package io.tork.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.tork.app.cli.ShutdownHooks;
import io.tork.app.cli.TorkCli;
import io.tork.app.config.TorkConfig;
import io.tork.app.wiring.Engines;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tork plugins} over the jars the reactor built, as an operator runs it after copying them. */
class PluginsCommandTest {

    @TempDir
    Path plugins;

    @Test
    void listsEachPluginWithWhatItProvidesAndWhyABrokenOneIsLeftOut() throws Exception {
        PluginJarFiles.copyInto(plugins, PluginJarFiles.PODMAN, PluginJarFiles.FUNCTIONS);
        PluginJarFiles.broken(plugins, "broken-plugin.jar");

        Run run = run(plugins);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Plugins in " + plugins.toAbsolutePath());
        assertThat(run.out()).containsPattern("(?m)^PLUGIN\\s+VERSION\\s+STATE\\s+RUNTIMES\\s+FUNCTIONS$");
        assertThat(run.out()).containsPattern("(?m)^tork-podman\\s+0\\.1\\.0-SNAPSHOT\\s+started\\s+podman\\s+-$");
        assertThat(run.out()).containsPattern("(?m)^tork-functions\\s+0\\.1\\.0-SNAPSHOT\\s+started\\s+-\\s+"
                + "base64url,base64urlDecode,formatDate,jsonPath,md5,parseDate,sha256,slug,urlEncode,uuid$");
        assertThat(run.out()).containsPattern("(?m)^broken\\s+1\\.0\\.0\\s+failed\\s+-\\s+-$");
        assertThat(run.out()).contains("broken-plugin.jar: cannot create its Plugin-Class 'com.example.NotHere'");
        assertThat(run.out()).containsPattern("Built in: runtimes docker, shell; \\d+ expression functions");
    }

    @Test
    void anEmptyFolderSaysSo() {
        Run run = run(plugins);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("No plugin jars in " + plugins.toAbsolutePath() + " (plugins.dir)");
    }

    @Test
    void aNameProvidedTwiceIsAFailureNamingBothPlugins() throws Exception {
        PluginJarFiles.copyInto(plugins, PluginJarFiles.EXAMPLE);
        PluginJarFiles.copyAs(plugins, PluginJarFiles.EXAMPLE, "example-copy", "zz-copy.jar");

        Run run = run(plugins);

        assertThat(run.exitCode()).isEqualTo(TorkCli.FAILURE);
        assertThat(run.out()).containsPattern("(?m)^example-copy\\s+0\\.1\\.0-SNAPSHOT\\s+started\\s+-\\s+greet$");
        assertThat(run.err()).startsWith("Error: function 'greet' is provided by both plugin 'tork-example' (")
                .contains("and plugin 'example-copy' (zz-copy.jar): the engine will not start until one of them is "
                        + "removed from " + plugins.toAbsolutePath());
        assertThat(run.err().lines()).hasSize(1);
    }

    private record Run(int exitCode, String out, String err) {
    }

    /** {@code tork plugins} starts nothing that would need stopping. */
    private static final class NoShutdownHooks implements ShutdownHooks {
        @Override
        public void add(Thread hook) {
        }

        @Override
        public void remove(Thread hook) {
        }
    }

    private static Run run(Path plugins) {
        TorkConfig config = TorkConfig.of(Map.of("plugins.dir", plugins.toString(), "logging.level", "error"));
        TorkCli cli = new TorkCli(() -> config, Engines.launchers(), Engines.migration(), new NoShutdownHooks(),
                Engines.pluginInventory());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = cli.execute(new PrintWriter(out, true), new PrintWriter(err, true), "plugins");
        return new Run(exitCode, out.toString(), err.toString());
    }
}
