package io.tork.adapters.out.datastore.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DefaultConfiguration;

/**
 * Hands the stores a jOOQ context bound to the right connection: the connection of the transaction the current
 * thread is in, or a pooled one used for a single statement. Failures of the database are translated here, at
 * the edge; anything the caller's own code throws passes through unchanged.
 */
final class Database {
    private final DataSource dataSource;
    private final ThreadLocal<DSLContext> transaction = new ThreadLocal<>();

    Database(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs {@code work} inside the current transaction if there is one, else on a connection of its own. */
    <T> T onConnection(String action, Function<DSLContext, T> work) {
        DSLContext joined = transaction.get();
        if (joined != null) return translating(action, joined, work);
        try (Connection connection = dataSource.getConnection()) {
            return translating(action, context(connection), work);
        } catch (SQLException e) {
            throw StoreErrors.translate(action, e);
        }
    }

    /** Runs {@code work} as one transaction, or as part of the one the current thread is already in. */
    <T> T inTransaction(String action, Function<DSLContext, T> work) {
        DSLContext joined = transaction.get();
        if (joined != null) return translating(action, joined, work);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            DSLContext context = context(connection);
            transaction.set(context);
            T result;
            try {
                result = translating(action, context, work);
            } catch (RuntimeException | Error failure) {
                rollback(connection, failure);
                throw failure;
            } finally {
                transaction.remove();
            }
            connection.commit();
            return result;
        } catch (SQLException e) {
            throw StoreErrors.translate(action, e);
        }
    }

    private <T> T translating(String action, DSLContext context, Function<DSLContext, T> work) {
        try {
            return work.apply(context);
        } catch (DataAccessException e) {
            throw StoreErrors.translate(action, e);
        }
    }

    private static DSLContext context(Connection connection) {
        // built without DSL.using(...): its overloads make javac read jOOQ's JAXB-annotated Settings class and
        // warn about the JAXB classes jOOQ does not need
        DefaultConfiguration configuration = new DefaultConfiguration();
        configuration.setSQLDialect(SQLDialect.POSTGRES);
        configuration.setConnection(connection);
        return configuration.dsl();
    }

    private static void rollback(Connection connection, Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            // the connection is likely gone, which ends the transaction just as well
            failure.addSuppressed(rollbackFailure);
        }
    }
}
