package io.tork.app.config;

import java.net.URI;
import java.util.Map;
import java.util.Objects;

/**
 * The whole, validated configuration of one Tork process. Immutable; every section is present (defaults fill what
 * the operator did not set).
 *
 * @param logging     {@code logging.*}
 * @param coordinator {@code coordinator.*}
 * @param worker      {@code worker.*}
 * @param broker      {@code broker.*}
 * @param datastore   {@code datastore.*}
 * @param runtime     {@code runtime.*}
 * @param mounts      {@code mounts.*}
 * @param web         {@code middleware.web.*}
 * @param plugins     {@code plugins.*}
 * @param endpoint    {@code endpoint}: the API that client commands ({@code tork health}, …) talk to
 * @param client      {@code client.*}: the credentials client commands send
 */
public record TorkConfig(
        LoggingConfig logging,
        CoordinatorConfig coordinator,
        WorkerConfig worker,
        BrokerConfig broker,
        DatastoreConfig datastore,
        RuntimeConfig runtime,
        MountsConfig mounts,
        WebConfig web,
        PluginsConfig plugins,
        URI endpoint,
        ClientConfig client) {

    public TorkConfig {
        Objects.requireNonNull(logging, "logging");
        Objects.requireNonNull(coordinator, "coordinator");
        Objects.requireNonNull(worker, "worker");
        Objects.requireNonNull(broker, "broker");
        Objects.requireNonNull(datastore, "datastore");
        Objects.requireNonNull(runtime, "runtime");
        Objects.requireNonNull(mounts, "mounts");
        Objects.requireNonNull(web, "web");
        Objects.requireNonNull(plugins, "plugins");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(client, "client");
    }

    /** The configuration of a process started with no file and no environment overrides. */
    public static TorkConfig defaults() {
        return of(Map.of());
    }

    /**
     * Builds a configuration from flat keys, as if they came from the environment, e.g.
     * {@code Map.of("coordinator.address", "localhost:0", "runtime.type", "shell")}. Handy for tests and
     * embedding.
     *
     * @throws ConfigException when a value is invalid
     */
    public static TorkConfig of(Map<String, ?> keys) {
        return TorkConfigBinder.bind(new ConfigValues(keys));
    }
}
