package io.tork.adapters.out.datastore.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
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
 * the edge; anything the caller's own code throws passes through unchanged. In a transaction, the stores' writes
 * are held and sent with its next statement or its commit ({@link PendingWrites}).
 */
final class Database {
    private final DataSource dataSource;
    /** What the current thread works on: its transaction's connection, or the one taken for a single statement. */
    private final ThreadLocal<Session> current = new ThreadLocal<>();
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
        Session session = current.get();
        if (session != null) {
            // the transaction's writes come first, as they were written
            sendPending(session);
            return translating(action, work);
        }
        try (Connection connection = dataSource.getConnection()) {
            current.set(new Session(connection, null));
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
            PendingWrites pending = new PendingWrites();
            current.set(new Session(connection, pending));
            T result;
            try {
                result = translating(action, work);
                commit(pending, action);
            } catch (RuntimeException | Error failure) {
                rollback(connection, failure);
                throw failure;
            } finally {
                current.remove();
            }
            return result;
        } catch (SQLException e) {
            throw StoreErrors.translate(action, e);
        }
    }

    /**
     * A write whose outcome the caller does not read: in a transaction, sent with the transaction's next statement
     * or its commit (see {@link PendingWrites}); outside one, at once.
     */
    void write(String action, String sql, Parameters.Binding binding) {
        Session session = current.get();
        if (session != null && session.pending() != null) {
            if (session.pending().add(action, sql, binding)) sendPending(session);
            return;
        }
        onJdbc(action, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                binding.bind(new Parameters(statement, 1));
                return statement.executeUpdate();
            }
        });
    }

    /**
     * The first column of the row {@code sql} selects by its one id parameter, or null when there is none; the
     * transaction's pending writes travel with it.
     */
    String textById(String action, String sql, String id) {
        Session session = current.get();
        if (session == null || session.pending() == null || session.pending().isEmpty()) {
            return onJdbc(action, connection -> Rows.stringById(connection, sql, id));
        }
        PendingWrites pending = session.pending();
        return jdbc(pending.describe() + ", or " + action, connection -> pending.sendWithQuery(connection, sql, id));
    }

    /** Commits the current transaction, sending its pending writes with the COMMIT. */
    private void commit(PendingWrites pending, String action) {
        jdbc(pending.isEmpty() ? action : pending.describe(), connection -> {
            pending.sendWithCommit(connection);
            return null;
        });
    }

    private void sendPending(Session session) {
        PendingWrites pending = session.pending();
        if (pending == null || pending.isEmpty()) return;
        jdbc(pending.describe(), connection -> {
            pending.send(connection);
            return null;
        });
    }

    /**
     * Like {@link #onConnection}, on the JDBC connection itself: for the few statements every task runs several
     * times, where rendering them with jOOQ cost more CPU than the database spent running them.
     */
    <T> T onJdbc(String action, JdbcWork<T> work) {
        return onConnection(action, db -> jdbc(action, work));
    }

    private <T> T jdbc(String action, JdbcWork<T> work) {
        try {
            return work.apply(current.get().connection());
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

    private static DSLContext context(ThreadLocal<Session> current) {
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

    /** A connection taken by the current thread; in a transaction, with the writes not sent yet. */
    private record Session(Connection connection, PendingWrites pending) {
    }

    /** Gives jOOQ the connection the current thread works on; taking and returning it is the Database's job. */
    private record ThreadConnection(ThreadLocal<Session> current) implements ConnectionProvider {
        @Override
        public Connection acquire() {
            Session session = current.get();
            if (session == null) throw new IllegalStateException("a statement ran outside Database.onConnection");
            return session.connection();
        }

        @Override
        public void release(Connection connection) {
            // returned to the pool by onConnection/inTransaction
        }
    }
}
