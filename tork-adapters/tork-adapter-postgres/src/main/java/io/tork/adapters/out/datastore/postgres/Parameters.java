package io.tork.adapters.out.datastore.postgres;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;

/**
 * The parameters of one statement, set in order from wherever they start: alone, a statement's first is 1; sent
 * together with others (see {@link PendingWrites}), it continues where the statement before it stopped.
 */
final class Parameters {
    private final PreparedStatement statement;
    private int next;

    Parameters(PreparedStatement statement, int first) {
        this.statement = statement;
        this.next = first;
    }

    Parameters text(String value) throws SQLException {
        statement.setString(next++, value);
        return this;
    }

    Parameters number(int value) throws SQLException {
        statement.setInt(next++, value);
        return this;
    }

    Parameters flag(boolean value) throws SQLException {
        statement.setBoolean(next++, value);
        return this;
    }

    Parameters instant(Instant value) throws SQLException {
        Rows.setInstant(statement, next++, value);
        return this;
    }

    Parameters texts(String[] values) throws SQLException {
        statement.setArray(next++, statement.getConnection().createArrayOf("text", values));
        return this;
    }

    /** The position of the next parameter: the first of the statement after this one. */
    int next() {
        return next;
    }

    /** Sets a statement's parameters; run when the statement is sent, which may be later than it was written. */
    @FunctionalInterface
    interface Binding {
        void bind(Parameters parameters) throws SQLException;
    }
}
