package io.tork.app.config;

/** How log events are written ({@code logging.format}). */
public enum LogFormat implements ConfigChoice {
    /** One readable line per event. */
    PRETTY("pretty"),
    /** One JSON object per line, for log collectors. */
    JSON("json");

    private final String configName;

    LogFormat(String configName) {
        this.configName = configName;
    }

    @Override
    public String configName() {
        return configName;
    }
}
