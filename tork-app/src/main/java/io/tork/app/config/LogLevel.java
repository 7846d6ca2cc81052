package io.tork.app.config;

import java.util.List;

/** The least severe log events that are written ({@code logging.level}). */
public enum LogLevel implements ConfigChoice {
    TRACE("trace"),
    DEBUG("debug"),
    INFO("info"),
    WARN("warn", "warning"),
    ERROR("error");

    private final String configName;
    private final List<String> aliases;

    LogLevel(String configName, String... aliases) {
        this.configName = configName;
        this.aliases = List.of(aliases);
    }

    @Override
    public String configName() {
        return configName;
    }

    @Override
    public List<String> aliases() {
        return aliases;
    }
}
