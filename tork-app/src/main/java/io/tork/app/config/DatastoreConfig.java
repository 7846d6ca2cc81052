package io.tork.app.config;

import java.util.Objects;

/**
 * {@code datastore.*}.
 *
 * @param type     {@code datastore.type} (default {@code inmemory}, unlike the Go engine, so a first start needs no
 *                 database)
 * @param postgres {@code datastore.postgres.*}, used when the type is {@code postgres} and by {@code tork migration}
 */
public record DatastoreConfig(DatastoreType type, PostgresDatastoreConfig postgres) {
    public DatastoreConfig {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(postgres, "postgres");
    }
}
