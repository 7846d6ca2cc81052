package io.tork.app.wiring;

import io.tork.adapters.out.runtime.docker.DockerRuntimeConfig;
import io.tork.adapters.out.runtime.docker.DockerTaskRuntime;
import io.tork.adapters.out.runtime.docker.ImagePullPolicy;
import io.tork.adapters.out.runtime.shell.ShellRuntimeConfig;
import io.tork.adapters.out.runtime.shell.ShellTaskRuntime;
import io.tork.app.config.TorkConfig;
import io.tork.application.port.out.TaskRuntime;

/** The task runtime {@code runtime.type} selects, configured from the operator's settings. */
final class Runtimes {
    private Runtimes() {
    }

    static TaskRuntime create(TorkConfig config) {
        var runtime = config.runtime();
        return switch (runtime.type()) {
            case DOCKER -> new DockerTaskRuntime(new DockerRuntimeConfig(runtime.docker().privileged(),
                    runtime.docker().pidsLimit(), config.mounts().bindAllowed(), config.mounts().bindSources(),
                    null, ImagePullPolicy.IF_NOT_PRESENT));
            case SHELL -> new ShellTaskRuntime(new ShellRuntimeConfig(runtime.shell().cmd(),
                    runtime.shell().uid().orElse(null), runtime.shell().gid().orElse(null)));
        };
    }

    /** {@code given} when there is one, else the configured runtime, which then stops with the lifecycle. */
    static TaskRuntime createUnlessGiven(TorkConfig config, TaskRuntime given, Lifecycle lifecycle) {
        if (given != null) return given;
        TaskRuntime created = create(config);
        if (created instanceof AutoCloseable closeable) lifecycle.remember(closeable);
        return created;
    }

    /** Container runtimes cannot run a task without an image; the shell runtime refuses one. */
    static boolean requiresImage(TorkConfig config) {
        return switch (config.runtime().type()) {
            case DOCKER -> true;
            case SHELL -> false;
        };
    }
}
