package io.tork.app.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import io.tork.app.config.TorkConfig;
import io.tork.app.e2e.PluginJarFiles;
import io.tork.app.e2e.Podman;
import io.tork.application.port.out.TaskRuntime;
import io.tork.contracts.runtime.AbstractTaskRuntimeContractTest;
import io.tork.domain.task.Task;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runtime contract of SPEC §5, held against the Podman plugin as the engine uses it: the built plugin jar in
 * a plugins folder, loaded by PF4J, reached through the engine's runtime catalogue, as for the Docker runtime.
 */
class PodmanPluginContractTest extends AbstractTaskRuntimeContractTest {
    @TempDir
    static Path plugins;

    private static EngineExtensions extensions;
    private static TaskRuntime podman;

    @BeforeAll
    static void loadThePlugin() throws Exception {
        Podman.require();
        PluginJarFiles.copyInto(plugins, PluginJarFiles.PODMAN);
        extensions = EngineExtensions.load(TorkConfig.of(Map.of("plugins.dir", plugins.toString())));
        podman = extensions.runtimes().runtime("podman").orElseThrow();
    }

    @AfterAll
    static void unloadThePlugin() {
        if (extensions != null) extensions.close();
    }

    @Override
    protected TaskRuntime runtime() {
        return podman;
    }

    @Override
    protected String image() {
        return Podman.IMAGE;
    }

    @Override
    protected void assertNothingLeftBehind(Task task) {
        assertThat(Podman.leftoversOf(List.of(task.id()))).as("podman containers and volumes of task %s", task.id())
                .isEmpty();
    }
}
