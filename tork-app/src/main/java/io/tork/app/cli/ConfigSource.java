package io.tork.app.cli;

import io.tork.app.config.TorkConfig;

/** Supplies the configuration to the commands that need it, so that {@code --help} works even with a broken one. */
@FunctionalInterface
public interface ConfigSource {
    /** @throws io.tork.app.config.ConfigException when the configuration is unusable */
    TorkConfig load();
}
