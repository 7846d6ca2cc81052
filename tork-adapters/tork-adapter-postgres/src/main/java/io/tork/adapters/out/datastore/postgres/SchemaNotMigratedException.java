package io.tork.adapters.out.datastore.postgres;

import io.tork.application.port.out.StoreException;

/** The database lacks Tork's schema, or some of its migrations: {@code tork migration} has to run first. */
public final class SchemaNotMigratedException extends StoreException {
    SchemaNotMigratedException(String message) {
        super(message, false, null);
    }
}
