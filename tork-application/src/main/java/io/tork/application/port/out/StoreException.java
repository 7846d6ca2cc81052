package io.tork.application.port.out;

/**
 * A datastore or broker failure translated at the adapter's edge. {@code transient} failures (lost
 * connection, timeout) may succeed when tried again; permanent ones (schema, constraint) will not.
 */
public class StoreException extends RuntimeException {
    private final boolean transientFailure;

    public StoreException(String message, boolean transientFailure, Throwable cause) {
        super(message, cause);
        this.transientFailure = transientFailure;
    }

    public boolean isTransient() {
        return transientFailure;
    }
}
