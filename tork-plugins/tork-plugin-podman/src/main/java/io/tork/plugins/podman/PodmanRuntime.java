package io.tork.plugins.podman;

import io.tork.plugin.api.RunListener;
import io.tork.plugin.api.RunOutcome;
import io.tork.plugin.api.RunRequest;
import io.tork.plugin.api.RuntimePlugin;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.pf4j.Extension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code podman} runtime: every step of a task in a Podman container, run through the {@code podman} command
 * line of the worker's machine (rootful or rootless). Select it with {@code runtime: podman} on a task or
 * {@code runtime.type = "podman"}.
 */
@Extension
public final class PodmanRuntime implements RuntimePlugin {
    private static final Logger LOG = LoggerFactory.getLogger(PodmanRuntime.class);

    private volatile PodmanSettings settings = PodmanSettings.defaults();

    @Override
    public String name() {
        return "podman";
    }

    @Override
    public void configure(Map<String, String> settings) {
        this.settings = PodmanSettings.from(settings);
    }

    @Override
    public RunOutcome run(RunRequest request, RunListener listener)
            throws PodmanException, IOException, InterruptedException {
        PodmanSettings current = settings;
        return new PodmanRun(new Podman(current.command()), current, request, listener).execute();
    }

    @Override
    public boolean isHealthy() {
        try {
            Podman.Result version = new Podman(settings.command()).run(List.of("version", "--format",
                    "{{.Client.Version}}"));
            if (!version.succeeded()) {
                LOG.debug("podman version failed: {}", version.error());
            }
            return version.succeeded();
        } catch (IOException e) {
            LOG.debug("podman cannot run: {}", e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
