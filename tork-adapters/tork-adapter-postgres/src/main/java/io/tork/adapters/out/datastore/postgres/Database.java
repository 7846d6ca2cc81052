package io.tork.adapters.out.datastore.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jooq.ConnectionProvider;
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
    /** The connection the current thread works on: its transaction's, or the one taken for a single statement. */
    private final ThreadLocal<Connection> current = new ThreadLocal<>();
    /**
     * One jOOQ context for every thread, handing out the thread's connection: building a configuration per use
     * cost more than the statements of a small transaction.
     */
    private final DSLContext dsl;

    Database(DataSource dataSource) {
        this.dataSource = dataSource;
        this.dsl = context(current);
    }

    /** Runs {@code work} inside the current transaction if there is one, else on a connection of its own. */
    <T> T onConnection(String action, Function<DSLContext, T> work) {
        if (current.get() != null) return translating(action, work);
        try (Connection connection = dataSource.getConnection()) {
            current.set(connection);
            try {
                return translating(action, work);
            } finally {
                current.remove();
            }
        } catch (SQLException e) {
            throw StoreErrors.translate(action, e);
        }
    }

    /** Runs {@code work} as one transaction, or as part of the one the current thread is already in. */
    <T> T inTransaction(String action, Function<DSLContext, T> work) {
        if (current.get() != null) return translating(action, work);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            current.set(connection);
            T result;
            try {
                result = translating(action, work);
            } catch (RuntimeException | Error failure) {
                rollback(connection, failure);
                throw failure;
            } finally {
                current.remove();
            }
            connection.commit();
            return result;
        } catch (SQLException e) {
            throw StoreErrors.translate(action, e);
        }
    }

    /**
     * Like {@link #onConnection}, on the JDBC connection itself: for the few statements every task runs several
     * times, where rendering them with jOOQ cost more CPU than the database spent running them.
     */
    <T> T onJdbc(String action, JdbcWork<T> work) {
        return onConnection(action, db -> jdbc(action, work));
    }

    /** Like {@link #inTransaction}, on the JDBC connection itself (see {@link #onJdbc}). */
    <T> T inJdbcTransaction(String action, JdbcWork<T> work) {
        return inTransaction(action, db -> jdbc(action, work));
    }

    private <T> T jdbc(String action, JdbcWork<T> work) {
        try {
            return work.apply(current.get());
        } catch (SQLException e) {
            throw StoreErrors.translate(action, e);
        }
    }

    /** Statements on a connection the {@link Database} took and gives back. */
    @FunctionalInterface
    interface JdbcWork<T> {
        T apply(Connection connection) throws SQLException;
    }

    private <T> T translating(String action, Function<DSLContext, T> work) {
        try {
            return work.apply(dsl);
        } catch (DataAccessException e) {
            throw StoreErrors.translate(action, e);
        }
    }

    private static DSLContext context(ThreadLocal<Connection> current) {
        // built without DSL.using(...): its overloads make javac read jOOQ's JAXB-annotated Settings class and
        // warn about the JAXB classes jOOQ does not need
        DefaultConfiguration configuration = new DefaultConfiguration();
        configuration.setSQLDialect(SQLDialect.POSTGRES);
        configuration.setConnectionProvider(new ThreadConnection(current));
        configuration.settings().setExecuteLogging(false);
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

    /** Gives jOOQ the connection the current thread works on; taking and returning it is the Database's job. */
    private record ThreadConnection(ThreadLocal<Connection> current) implements ConnectionProvider {
        @Override
        public Connection acquire() {
            Connection connection = current.get();
            if (connection == null) throw new IllegalStateException("a statement ran outside Database.onConnection");
            return connection;
        }

        @Override
        public void release(Connection connection) {
            // returned to the pool by onConnection/inTransaction
        }
    }
}
