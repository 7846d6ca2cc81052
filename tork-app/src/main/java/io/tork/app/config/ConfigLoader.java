package io.tork.app.config;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads the configuration of this process: the configuration file (see {@link #configFile()}), then
 * {@code TORK_<KEY>} environment variables on top of it, validated into a {@link TorkConfig}.
 */
public final class ConfigLoader {
    private final Map<String, String> environment;
    private final ConfigFiles files;

    /**
     * @param environment      the process environment (injected so tests need not touch the real one)
     * @param defaultLocations where to look for a file when {@code TORK_CONFIG} is not set, in order
     */
    public ConfigLoader(Map<String, String> environment, List<Path> defaultLocations) {
        this.environment = Map.copyOf(environment);
        this.files = new ConfigFiles(this.environment, defaultLocations);
    }

    /** The loader of this process: its environment, working directory and home directory. */
    public static ConfigLoader forThisProcess() {
        return new ConfigLoader(System.getenv(), ConfigFiles.standardLocations(
                Path.of("").toAbsolutePath(), Path.of(System.getProperty("user.home"))));
    }

    /**
     * The file that will be read: {@code TORK_CONFIG} when set, else the first existing of {@code ./config.toml},
     * {@code ~/.config/tork/config.toml}, {@code /etc/tork/config.toml}; empty when there is none.
     *
     * @throws ConfigException when {@code TORK_CONFIG} names a file that does not exist
     */
    public Optional<Path> configFile() {
        return files.locate();
    }

    /**
     * @throws ConfigException listing every problem when the file cannot be read or a value is invalid
     */
    public TorkConfig load() {
        Map<String, Object> keys = new LinkedHashMap<>();
        configFile().ifPresent(file -> keys.putAll(TomlFile.read(file)));
        keys.putAll(EnvironmentOverrides.from(environment));
        return TorkConfig.of(keys);
    }
}
