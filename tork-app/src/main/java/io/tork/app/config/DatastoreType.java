package io.tork.app.config;

/** Where jobs, tasks, logs and nodes are kept ({@code datastore.type}). */
public enum DatastoreType implements ConfigChoice {
    /** In this process's memory: lost when it stops. */
    INMEMORY("inmemory"),
    /** PostgreSQL. */
    POSTGRES("postgres");

    private final String configName;

    DatastoreType(String configName) {
        this.configName = configName;
    }

    @Override
    public String configName() {
        return configName;
    }
}
