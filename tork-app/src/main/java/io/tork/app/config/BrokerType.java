package io.tork.app.config;

/** Which broker moves messages between coordinators and workers ({@code broker.type}). */
public enum BrokerType implements ConfigChoice {
    /** Inside this process only. */
    INMEMORY("inmemory"),
    /** Apache ActiveMQ Artemis, embedded or remote. */
    ARTEMIS("artemis");

    private final String configName;

    BrokerType(String configName) {
        this.configName = configName;
    }

    @Override
    public String configName() {
        return configName;
    }
}
