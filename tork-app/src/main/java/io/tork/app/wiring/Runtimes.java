package io.tork.app.wiring;

import io.tork.adapters.out.runtime.docker.DockerRuntimeConfig;
import io.tork.adapters.out.runtime.docker.DockerTaskRuntime;
import io.tork.adapters.out.runtime.docker.ImagePullPolicy;
import io.tork.adapters.out.runtime.docker.TorkDirMode;
import io.tork.adapters.out.runtime.shell.ShellRuntimeConfig;
import io.tork.adapters.out.runtime.shell.ShellTaskRuntime;
import io.tork.app.config.RuntimeType;
import io.tork.app.config.TorkConfig;
import java.util.List;

/** The built-in runtimes, configured from the operator's settings, as entries of the runtime catalogue. */
final class Runtimes {
    private Runtimes() {
    }

    static List<RuntimeCatalog.Entry> builtIns(TorkConfig config) {
        var runtime = config.runtime();
        return List.of(
                new RuntimeCatalog.Entry(RuntimeType.DOCKER.configName(), RuntimeCatalog.BUILT_IN, true,
                        () -> new DockerTaskRuntime(new DockerRuntimeConfig(runtime.docker().privileged(),
                                runtime.docker().pidsLimit(), config.mounts().bindAllowed(),
                                config.mounts().bindSources(), null, ImagePullPolicy.IF_NOT_PRESENT)
                                .withTorkDir(TorkDirMode.valueOf(runtime.docker().torkDirMode().name()),
                                        runtime.docker().torkDirRoot().orElse(null)))),
                new RuntimeCatalog.Entry(RuntimeType.SHELL.configName(), RuntimeCatalog.BUILT_IN, false,
                        () -> new ShellTaskRuntime(new ShellRuntimeConfig(runtime.shell().cmd(),
                                runtime.shell().uid().orElse(null), runtime.shell().gid().orElse(null)))));
    }
}
