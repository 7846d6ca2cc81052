package io.tork.app.config;

import java.util.Objects;

/** {@code runtime.type} (default {@code docker}) and the settings of each built-in runtime. */
public record RuntimeConfig(RuntimeType type, ShellRuntimeConfig shell, DockerRuntimeConfig docker) {
    public RuntimeConfig {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(shell, "shell");
        Objects.requireNonNull(docker, "docker");
    }
}
