package io.tork.app.wiring;

import io.tork.app.config.TorkConfig;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Configurations for the engines under test: free API port, shell runtime, quick heartbeats. */
final class DistributedSettings {
    private DistributedSettings() {
    }

    static Map<String, String> base() {
        Map<String, String> keys = new HashMap<>();
        keys.put("coordinator.address", "localhost:0");
        keys.put("runtime.type", "shell");
        keys.put("runtime.shell.cmd", "sh,-c");
        keys.put("worker.heartbeat.interval", "1s");
        keys.put("logging.level", "warn");
        return keys;
    }

    static Map<String, String> embeddedArtemis(int port, Path dataDir) {
        return Map.of("broker.type", "artemis", "broker.artemis.embedded", "true",
                "broker.artemis.url", "tcp://localhost:" + port, "broker.artemis.data-dir", dataDir.toString());
    }

    /** The broker that {@code tork run broker} serves on {@code port} with its journal in {@code dataDir}, as its clients reach it. */
    static Map<String, String> artemisAt(int port, Path dataDir) {
        return Map.of("broker.type", "artemis", "broker.artemis.url", "tcp://localhost:" + port,
                "broker.artemis.data-dir", dataDir.toString());
    }

    /** A client of the broker at {@code port}, giving up after one attempt so that failures show quickly. */
    static Map<String, String> remoteArtemis(int port) {
        return Map.of("broker.type", "artemis",
                "broker.artemis.url", "tcp://localhost:" + port + "?initialConnectAttempts=1");
    }

    static Map<String, String> postgres(String url) {
        return Map.of("datastore.type", "postgres", "datastore.postgres.url", url,
                "datastore.postgres.username", PostgresServer.USER,
                "datastore.postgres.password", PostgresServer.PASSWORD, "datastore.postgres.max-pool-size", "4");
    }

    @SafeVarargs
    static TorkConfig config(Map<String, String>... parts) {
        Map<String, String> keys = base();
        for (Map<String, String> part : parts) keys.putAll(part);
        return TorkConfig.of(keys);
    }
}
