package io.tork.app.config;

/** What backs each Docker container's {@code /tork} ({@code runtime.docker.torkdir.mode}). */
public enum DockerTorkDirMode implements ConfigChoice {
    /** A host directory when the daemon shares the worker's filesystem (probed once), else a Docker volume. */
    AUTO("auto"),
    /** Always a Docker volume, filled and read through the daemon (remote daemons). */
    VOLUME("volume"),
    /** Always a host directory bind-mounted into the container. */
    BIND("bind");

    private final String configName;

    DockerTorkDirMode(String configName) {
        this.configName = configName;
    }

    @Override
    public String configName() {
        return configName;
    }
}
