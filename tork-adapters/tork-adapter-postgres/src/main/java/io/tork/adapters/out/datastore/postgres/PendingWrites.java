package io.tork.adapters.out.datastore.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The writes of a transaction that nothing in it reads back at once (inserts and the updates of rows it has locked),
 * held until the transaction's next statement or its commit and sent with it in one round trip. A round trip to
 * PostgreSQL costs both processes a pair of system calls and a wake-up, more than a small statement itself; a
 * one-task job made 9 of them, and socket calls to PostgreSQL were the largest single share of the coordinator's CPU.
 *
 * <p>The statements travel as one multi-statement prepared statement: PostgreSQL runs them in order within the
 * transaction and skips the rest after the first that fails, so the transaction fails as it would have, only at its
 * next statement instead of at the write itself. No caller can carry on in a transaction after a failed statement
 * anyway: PostgreSQL refuses everything but a rollback from then on.
 */
final class PendingWrites {
    /**
     * The most writes held at once: a transaction that creates thousands of tasks (an each over many items) sends
     * them in statements of this many, which keeps each statement's text, and the number of different texts the
     * driver prepares, small.
     */
    static final int MOST_HELD = 32;
    private static final String COMMIT = "COMMIT";
    private final List<Write> writes = new ArrayList<>();

    /** Holds a write; returns whether as many are held as should be: time to {@link #send} them. */
    boolean add(String action, String sql, Parameters.Binding binding) {
        writes.add(new Write(action, sql, binding));
        return writes.size() >= MOST_HELD;
    }

    boolean isEmpty() {
        return writes.isEmpty();
    }

    /** What the pending writes do, for an error that one of them caused. */
    String describe() {
        if (writes.size() == 1) return writes.getFirst().action();
        return writes.getFirst().action() + " (or one of " + (writes.size() - 1) + " write(s) sent with it)";
    }

    /** Sends the pending writes. */
    void send(Connection connection) throws SQLException {
        if (!writes.isEmpty()) execute(connection, null);
    }

    /**
     * Sends the pending writes and COMMIT in one round trip, which leaves the driver no transaction to commit: its
     * own {@link Connection#commit()} then sends nothing.
     */
    void sendWithCommit(Connection connection) throws SQLException {
        if (!writes.isEmpty()) execute(connection, COMMIT);
        connection.commit();
    }

    /**
     * Sends the pending writes, then {@code query} with its one id parameter, in one round trip.
     *
     * @return the first column of the first row {@code query} selects, or null when it selects none
     */
    String sendWithQuery(Connection connection, String query, String id) throws SQLException {
        try (PreparedStatement statement = prepare(connection, query)) {
            int next = bind(statement);
            statement.setString(next, id);
            boolean isRows = statement.execute();
            while (!isRows) {
                if (statement.getUpdateCount() == -1) throw new SQLException("no rows came back for: " + query);
                isRows = statement.getMoreResults();
            }
            try (ResultSet rows = statement.getResultSet()) {
                return rows.next() ? rows.getString(1) : null;
            }
        } finally {
            writes.clear();
        }
    }

    private void execute(Connection connection, String last) throws SQLException {
        try (PreparedStatement statement = prepare(connection, last)) {
            bind(statement);
            statement.execute();
        } finally {
            writes.clear();
        }
    }

    private PreparedStatement prepare(Connection connection, String last) throws SQLException {
        StringBuilder sql = new StringBuilder();
        for (Write write : writes) sql.append(write.sql()).append(";\n");
        if (last != null) sql.append(last);
        return connection.prepareStatement(sql.toString());
    }

    /** Binds every pending write's parameters; returns the position of the parameter after the last. */
    private int bind(PreparedStatement statement) throws SQLException {
        int next = 1;
        for (Write write : writes) {
            Parameters parameters = new Parameters(statement, next);
            write.binding().bind(parameters);
            next = parameters.next();
        }
        return next;
    }

    private record Write(String action, String sql, Parameters.Binding binding) {
    }
}
