package io.tork.adapters.out.datastore.postgres;

import io.tork.application.port.out.StoreException;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.sql.SQLRecoverableException;
import java.util.Set;

/** Translates JDBC and jOOQ failures into the port's {@link StoreException}, telling transient from permanent. */
final class StoreErrors {
    /**
     * SQLSTATE classes and codes that may succeed when tried again: connection exceptions (08), serialization
     * failure and deadlock (40001, 40P01), insufficient resources (53), operator intervention such as a server
     * shutting down (57P01..57P03).
     */
    private static final Set<String> TRANSIENT_CLASSES = Set.of("08", "53");
    private static final Set<String> TRANSIENT_CODES = Set.of("40001", "40P01", "57P01", "57P02", "57P03", "55P03");

    private StoreErrors() {
    }

    static StoreException translate(String action, Throwable failure) {
        SQLException sql = sqlCause(failure);
        String detail = sql != null ? sql.getMessage() : failure.getMessage();
        return new StoreException(action + ": " + detail, isTransient(sql), failure);
    }

    static boolean isTransient(SQLException sql) {
        if (sql == null) return false;
        if (sql instanceof SQLTransientException || sql instanceof SQLRecoverableException) return true;
        String state = sql.getSQLState();
        if (state == null || state.length() < 2) return false;
        return TRANSIENT_CLASSES.contains(state.substring(0, 2)) || TRANSIENT_CODES.contains(state);
    }

    private static SQLException sqlCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) return sql;
        }
        return null;
    }
}
