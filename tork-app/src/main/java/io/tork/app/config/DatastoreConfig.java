package io.tork.app.config;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code datastore.*}.
 *
 * @param type     {@code datastore.type} (default {@code inmemory}, unlike the Go engine, so a first start needs no
 *                 database)
 * @param postgres {@code datastore.postgres.*}, used when the type is {@code postgres} and by {@code tork migration}
 * @param encryptionKey {@code datastore.encryption.key}: when set, secrets are encrypted at rest (PostgreSQL)
 * @param retention {@code datastore.retention.*}
 */
public record DatastoreConfig(DatastoreType type, PostgresDatastoreConfig postgres, Optional<String> encryptionKey,
                              RetentionConfig retention) {
    public DatastoreConfig {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(postgres, "postgres");
        Objects.requireNonNull(encryptionKey, "encryptionKey");
        Objects.requireNonNull(retention, "retention");
    }

    /** The encryption key stays out of logs and error messages. */
    @Override
    public String toString() {
        return "DatastoreConfig[type=" + type + ", postgres=" + postgres + ", encryptionKey="
                + (encryptionKey.isPresent() ? "(set)" : "") + ", retention=" + retention + "]";
    }
}
