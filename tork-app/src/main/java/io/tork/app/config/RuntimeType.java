package io.tork.app.config;

/** How workers run tasks by default ({@code runtime.type}). */
public enum RuntimeType implements ConfigChoice {
    /** A Docker container per task. */
    DOCKER("docker"),
    /** A host process per task. */
    SHELL("shell");

    private final String configName;

    RuntimeType(String configName) {
        this.configName = configName;
    }

    @Override
    public String configName() {
        return configName;
    }
}
