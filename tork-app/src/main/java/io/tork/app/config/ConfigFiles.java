package io.tork.app.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides which configuration file to read: the one named by {@code TORK_CONFIG} (which must then exist), else the
 * first existing of the default locations, else none.
 */
final class ConfigFiles {
    static final String CONFIG_VARIABLE = "TORK_CONFIG";

    private final Map<String, String> environment;
    private final List<Path> defaultLocations;

    ConfigFiles(Map<String, String> environment, List<Path> defaultLocations) {
        this.environment = environment;
        this.defaultLocations = List.copyOf(defaultLocations);
    }

    /** {@code ./config.toml}, {@code ~/.config/tork/config.toml}, {@code /etc/tork/config.toml}. */
    static List<Path> standardLocations(Path workingDir, Path homeDir) {
        return List.of(
                workingDir.resolve("config.toml"),
                homeDir.resolve(".config").resolve("tork").resolve("config.toml"),
                Path.of("/etc/tork/config.toml"));
    }

    Optional<Path> locate() {
        String explicit = environment.get(CONFIG_VARIABLE);
        if (explicit != null && !explicit.isBlank()) {
            Path file = Path.of(explicit.trim());
            if (!Files.isRegularFile(file)) {
                throw new ConfigException("could not find config file " + file + " (named by " + CONFIG_VARIABLE + ")");
            }
            return Optional.of(file);
        }
        return defaultLocations.stream().filter(Files::isRegularFile).findFirst();
    }
}
