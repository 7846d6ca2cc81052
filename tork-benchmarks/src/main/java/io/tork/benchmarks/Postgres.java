package io.tork.benchmarks;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An embedded PostgreSQL server (the test suites' zonky binaries) for the whole run; one fresh database per round.
 * Durability is PostgreSQL's default ({@code synchronous_commit = on}), as in production, not the test default.
 */
final class Postgres implements AutoCloseable {
    static final String USER = "postgres";
    private final AtomicInteger databases = new AtomicInteger();
    private final EmbeddedPostgres server;

    private Postgres(EmbeddedPostgres server) {
        this.server = server;
    }

    static Postgres start() throws IOException {
        return new Postgres(EmbeddedPostgres.builder()
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("max_connections", "200")
                .start());
    }

    /** A new empty database; returns its JDBC URL. */
    String newDatabase() throws SQLException {
        String name = "bench_" + databases.incrementAndGet();
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return url(name);
    }

    /**
     * Drops a database a round has finished with, so that no later round shares the machine with PostgreSQL's
     * upkeep of it (tens of thousands of updated jobs and tasks, removed outbox entries, for autovacuum to clean).
     * While they were kept, the second and third distributed rounds measured 15–30% below the first (424–484
     * tasks/s after 597–647); dropped, they measured like it (577 and 544 after 580).
     */
    void drop(String url) throws SQLException {
        String name = url.substring(url.lastIndexOf('/') + 1);
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE " + name + " WITH (FORCE)");
        }
    }

    String url(String database) {
        return "jdbc:postgresql://localhost:" + server.getPort() + "/" + database;
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
