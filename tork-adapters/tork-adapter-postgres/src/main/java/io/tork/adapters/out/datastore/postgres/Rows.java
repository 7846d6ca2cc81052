package io.tork.adapters.out.datastore.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;

/** Small JDBC steps the stores' most frequent statements share. */
final class Rows {
    private Rows() {
    }

    /** The first column of the row {@code sql} selects by its one id parameter, or null when there is none. */
    static String stringById(Connection connection, String sql, String id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    /** A {@code timestamp with time zone} parameter, truncated as {@link Timestamps} does. */
    static void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
        if (instant == null) statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        else statement.setObject(index, Timestamps.utc(instant));
    }
}
