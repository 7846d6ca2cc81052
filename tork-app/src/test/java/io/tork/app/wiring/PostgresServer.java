package io.tork.app.wiring;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An embedded PostgreSQL server for one test class. The superuser {@code postgres} logs in without a password;
 * the role {@link #USER} needs {@link #PASSWORD} over TCP, so that wrong credentials are really refused. One
 * started {@link #startAt} a data directory and port can be stopped and started again, as in a database outage.
 */
final class PostgresServer implements AutoCloseable {
    static final String USER = "tork";
    static final String PASSWORD = "s3cret";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private final EmbeddedPostgres.Builder builder;
    private final int port;
    private EmbeddedPostgres postgres;

    private PostgresServer(EmbeddedPostgres.Builder builder, EmbeddedPostgres postgres) {
        this.builder = builder;
        this.postgres = postgres;
        this.port = postgres.getPort();
    }

    static PostgresServer start() throws IOException, SQLException {
        return started(builder());
    }

    /** A server keeping its data in {@code dataDir} on {@code port}, so that {@link #restart()} finds it again. */
    static PostgresServer startAt(Path dataDir, int port) throws IOException, SQLException {
        return started(builder().setDataDirectory(dataDir).setCleanDataDirectory(false).setPort(port));
    }

    private static PostgresServer started(EmbeddedPostgres.Builder builder) throws IOException, SQLException {
        PostgresServer server = new PostgresServer(builder, builder.start());
        try {
            server.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
            return server;
        } catch (SQLException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    private static EmbeddedPostgres.Builder builder() {
        return EmbeddedPostgres.builder()
                .setDataDirectoryCustomizer(dataDir -> {
                    try {
                        Files.writeString(dataDir.toPath().resolve("pg_hba.conf"), """
                                local all all trust
                                host all postgres 127.0.0.1/32 trust
                                host all postgres ::1/128 trust
                                host all all 127.0.0.1/32 scram-sha-256
                                host all all ::1/128 scram-sha-256
                                """);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    /** Stops the server, closing every connection to it. */
    void stop() throws IOException {
        postgres.close();
    }

    /** Starts the stopped server again on its port, with its data. */
    void restart() throws IOException {
        postgres = builder.start();
        if (postgres.getPort() != port) throw new IllegalStateException("restarted on another port");
    }

    /** A new empty database owned by {@link #USER}; returns its JDBC URL (without credentials). */
    String newDatabase() throws SQLException {
        String name = "tork_" + DATABASES.incrementAndGet();
        execute("CREATE DATABASE " + name + " OWNER " + USER);
        return url(name);
    }

    String url(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
