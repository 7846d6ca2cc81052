package io.tork.adapters.out.datastore.postgres;

import io.tork.application.port.out.StoreException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Brings a database to Tork's schema by running the versioned scripts of {@code db/migration} that it has not run
 * yet, each recorded in {@code tork_schema_migrations}. Running it again changes nothing, and two processes
 * migrating at once take turns (an advisory lock), so {@code tork migration} is always safe to repeat.
 */
public final class PostgresMigrations {
    static final String LOCATION = "db/migration/";
    /** Lists the scripts in order; a test checks that it names every script of the folder. */
    static final String INDEX = LOCATION + "migrations.index";
    static final String NOT_MIGRATED = "the database schema is not migrated: run `tork migration`";

    private static final String HISTORY = "tork_schema_migrations";
    /** An arbitrary constant that identifies Tork's migration lock among the database's advisory locks. */
    private static final long LOCK_KEY = 0x746f726b6d696721L;

    private PostgresMigrations() {
    }

    /** Runs the scripts the database has not run yet, all in one transaction: a failing script changes nothing. */
    public static void migrate(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                // the transaction-scoped lock is released by the commit below, whatever happens in between
                statement.execute("SELECT pg_advisory_xact_lock(" + LOCK_KEY + ")");
                statement.execute("CREATE TABLE IF NOT EXISTS " + HISTORY + " (version INT PRIMARY KEY, "
                        + "description TEXT NOT NULL, applied_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now())");
                Set<Integer> applied = appliedVersions(connection);
                for (Migration migration : migrations()) {
                    if (!applied.contains(migration.version())) apply(connection, migration);
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw StoreErrors.translate("can not migrate the database schema", e);
        }
    }

    /**
     * Fails with one clear line when the database lacks Tork's schema or a part of it, so that a process started
     * against a fresh database says what to do instead of failing on its first query.
     */
    public static void requireMigrated(DataSource dataSource) {
        Set<Integer> applied;
        try (Connection connection = dataSource.getConnection()) {
            if (!historyExists(connection)) throw new SchemaNotMigratedException(NOT_MIGRATED);
            applied = appliedVersions(connection);
        } catch (SQLException e) {
            throw StoreErrors.translate("can not check the database schema", e);
        }
        boolean complete = migrations().stream().allMatch(m -> applied.contains(m.version()));
        if (!complete) throw new SchemaNotMigratedException(NOT_MIGRATED);
    }

    static List<Migration> migrations() {
        return scriptNames().stream().map(Migration::load).sorted(Comparator.comparingInt(Migration::version))
                .toList();
    }

    static List<String> scriptNames() {
        try (InputStream in = PostgresMigrations.class.getClassLoader().getResourceAsStream(INDEX)) {
            if (in == null) throw new IllegalStateException(INDEX + " is missing");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("can not read " + INDEX, e);
        }
    }

    private static boolean historyExists(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            query.setString(1, HISTORY);
            try (ResultSet row = query.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        }
    }

    private static Set<Integer> appliedVersions(Connection connection) throws SQLException {
        Set<Integer> versions = new HashSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT version FROM " + HISTORY)) {
            while (rows.next()) versions.add(rows.getInt(1));
        }
        return versions;
    }

    private static void apply(Connection connection, Migration migration) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(migration.script());
        }
        try (PreparedStatement record = connection.prepareStatement(
                "INSERT INTO " + HISTORY + " (version, description) VALUES (?, ?)")) {
            record.setInt(1, migration.version());
            record.setString(2, migration.description());
            record.executeUpdate();
        }
    }
}
