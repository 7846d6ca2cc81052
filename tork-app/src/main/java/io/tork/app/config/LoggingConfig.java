package io.tork.app.config;

import java.util.Objects;

/** {@code logging.level} (default {@code info}) and {@code logging.format} (default {@code pretty}). */
public record LoggingConfig(LogLevel level, LogFormat format) {
    public LoggingConfig {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(format, "format");
    }
}
