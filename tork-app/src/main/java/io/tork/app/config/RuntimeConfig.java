package io.tork.app.config;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * {@code runtime.type} (default {@code docker}), the settings of each built-in runtime, and the settings of plugin
 * runtimes: every other key under {@code runtime.}, handed to the runtime it names.
 *
 * @param pluginSettings keys under {@code runtime.} other than {@code type}, {@code shell.*} and {@code docker.*},
 *                       relative to {@code runtime.} ({@code podman.pids.limit}), with their values as text
 */
public record RuntimeConfig(RuntimeType type, ShellRuntimeConfig shell, DockerRuntimeConfig docker,
                            Map<String, String> pluginSettings) {
    public RuntimeConfig {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(shell, "shell");
        Objects.requireNonNull(docker, "docker");
        pluginSettings = Map.copyOf(pluginSettings);
    }

    public RuntimeConfig(RuntimeType type, ShellRuntimeConfig shell, DockerRuntimeConfig docker) {
        this(type, shell, docker, Map.of());
    }

    /** The settings of the runtime named {@code runtime}: keys under {@code runtime.<name>.}, without that prefix. */
    public Map<String, String> settingsOf(String runtime) {
        String prefix = runtime + ".";
        Map<String, String> settings = new TreeMap<>();
        pluginSettings.forEach((key, value) -> {
            if (key.startsWith(prefix) && key.length() > prefix.length()) {
                settings.put(key.substring(prefix.length()), value);
            }
        });
        return settings;
    }
}
