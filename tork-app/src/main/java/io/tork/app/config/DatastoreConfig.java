package io.tork.app.config;

import java.util.Objects;

/** {@code datastore.type} (default {@code inmemory}, unlike the Go engine, so a first start needs no database). */
public record DatastoreConfig(DatastoreType type) {
    public DatastoreConfig {
        Objects.requireNonNull(type, "type");
    }
}
