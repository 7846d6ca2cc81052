package io.tork.adapters.out.datastore.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tork.application.port.out.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresMigrationsTest {
    @RegisterExtension
    static final EmbeddedPostgresDatabase database = new EmbeddedPostgresDatabase();

    @Test
    void anUnmigratedDatabaseIsRefusedWithOneClearLine() throws SQLException {
        DataSource fresh = database.freshDatabase();

        assertThatThrownBy(() -> PostgresMigrations.requireMigrated(fresh))
                .isInstanceOf(StoreException.class)
                .hasMessage("the database schema is not migrated: run `tork migration`")
                .satisfies(e -> assertThat(((StoreException) e).isTransient()).isFalse());
    }

    @Test
    void openingADatastoreOnAnUnmigratedDatabaseFails() throws SQLException {
        DataSource fresh = database.freshDatabase();
        String name = databaseName(fresh);
        PostgresConfig config = new PostgresConfig(database.jdbcUrl(name), "postgres", null, 2);

        assertThatThrownBy(() -> PostgresDatastore.open(config))
                .hasMessage("the database schema is not migrated: run `tork migration`");
    }

    @Test
    void migratingTwiceChangesNothingTheSecondTime() throws SQLException {
        DataSource fresh = database.freshDatabase();

        PostgresMigrations.migrate(fresh);
        List<String> afterFirst = tables(fresh);
        PostgresMigrations.migrate(fresh);

        PostgresMigrations.requireMigrated(fresh);
        assertThat(tables(fresh)).isEqualTo(afterFirst)
                .contains("jobs", "tasks", "task_log_parts", "nodes", "idempotency_keys", "tork_schema_migrations");
        assertThat(appliedVersions(fresh)).hasSameSizeAs(PostgresMigrations.migrations());
    }

    @Test
    void aMigratedDatabaseOpensThroughItsConfig() throws SQLException {
        String name = databaseName(database.freshDatabase());
        PostgresConfig config = new PostgresConfig(database.jdbcUrl(name), "postgres", null, 2);

        PostgresDatastore.migrate(config);

        try (PostgresDatastore datastore = PostgresDatastore.open(config)) {
            assertThat(datastore.jobStore().find("no-such-job")).isEmpty();
        }
    }

    @Test
    void theIndexListsEveryMigrationScriptInVersionOrder() throws IOException {
        List<String> scripts;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            scripts = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql")).toList();
        }

        assertThat(PostgresMigrations.scriptNames()).containsExactlyInAnyOrderElementsOf(scripts);
        assertThat(PostgresMigrations.migrations()).extracting(Migration::version).isSorted().doesNotHaveDuplicates();
    }

    private static String databaseName(DataSource dataSource) throws SQLException {
        return query(dataSource, "SELECT current_database()").getFirst();
    }

    private static List<String> tables(DataSource dataSource) throws SQLException {
        return query(dataSource, "SELECT table_name FROM information_schema.tables "
                + "WHERE table_schema = 'public' ORDER BY table_name");
    }

    private static List<String> appliedVersions(DataSource dataSource) throws SQLException {
        return query(dataSource, "SELECT version FROM tork_schema_migrations ORDER BY version");
    }

    private static List<String> query(DataSource dataSource, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) values.add(rows.getString(1));
        }
        return values;
    }
}
