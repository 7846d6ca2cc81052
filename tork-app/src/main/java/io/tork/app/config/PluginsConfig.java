package io.tork.app.config;

import java.nio.file.Path;
import java.util.Objects;

/** {@code plugins.dir} (default {@code ./plugins}): the folder whose plugin jars are loaded at start-up. */
public record PluginsConfig(Path dir) {
    public PluginsConfig {
        Objects.requireNonNull(dir, "dir");
    }
}
