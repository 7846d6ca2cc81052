package io.tork.app.wiring;

import io.tork.adapters.out.datastore.postgres.PostgresConfig;
import io.tork.adapters.out.datastore.postgres.PostgresDatastore;
import io.tork.adapters.out.datastore.postgres.SchemaNotMigratedException;
import io.tork.adapters.out.datastore.postgres.PostgresDistributedLock;
import io.tork.app.cli.CommandFailedException;
import io.tork.app.config.PostgresDatastoreConfig;
import io.tork.application.common.Stores;
import io.tork.application.port.out.StoreException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;

/**
 * Opens the PostgreSQL datastore, turning failures into one line that names the setting to fix.
 *
 * <p>One plain connection is tried first: the adapter's pool keeps retrying a database that refuses it until its
 * connection timeout (30 s) and then reports only that it timed out, while the driver says at once whether the
 * password, the database name or the server is wrong.
 */
final class PostgresStartup {
    private static final String SECONDS_TO_CONNECT = "10";
    private static final String NOT_MIGRATED = "the database schema is not migrated: run ./tork migration";

    private PostgresStartup() {
    }

    /** @param encryptionKey {@code datastore.encryption.key}: secrets are encrypted at rest with it */
    static DatastoreBackend open(PostgresDatastoreConfig settings, Optional<String> encryptionKey) {
        PostgresConfig config = adapterConfig(settings);
        checkConnection(config);
        PostgresDatastore datastore;
        try {
            datastore = PostgresDatastore.open(config, encryptionKey);
        } catch (SchemaNotMigratedException e) {
            throw new CommandFailedException(NOT_MIGRATED, e);
        } catch (StoreException e) {
            if (e.getMessage() != null && e.getMessage().contains("datastore.encryption.key")) {
                // the adapter's own sentence names the setting; its causes (a cipher's tag mismatch) say less
                throw new CommandFailedException(e.getMessage(), e);
            }
            throw new CommandFailedException("cannot open the PostgreSQL datastore at " + shown(config) + ": "
                    + StartupMessages.detail(e), e);
        }
        Stores stores = new Stores(datastore.jobStore(), datastore.taskStore(), datastore.logStore(),
                datastore.nodeStore(), datastore.outboxStore(), datastore.transactions());
        return new DatastoreBackend(stores, datastore.scheduledJobStore(), datastore.retentionStore(),
                new PostgresDistributedLock(datastore.dataSource()), () -> {
            datastore.ping();
            return true;
        }, datastore, datastore.userStore());
    }

    /** {@code tork migration}: creates or upgrades the schema. */
    static void migrate(PostgresDatastoreConfig settings) {
        PostgresConfig config = adapterConfig(settings);
        checkConnection(config);
        try {
            PostgresDatastore.migrate(config);
        } catch (StoreException e) {
            throw new CommandFailedException("cannot migrate the database at " + shown(config) + ": "
                    + StartupMessages.detail(e), e);
        }
    }

    static PostgresConfig adapterConfig(PostgresDatastoreConfig settings) {
        try {
            PostgresConfig base = settings.url().isPresent()
                    ? new PostgresConfig(settings.url().get(), null, null, settings.maxPoolSize())
                    : PostgresConfig.fromDsn(settings.dsn().orElse(PostgresDatastoreConfig.DEFAULT_DSN),
                            settings.maxPoolSize());
            return new PostgresConfig(base.url(), settings.username().orElse(base.username()),
                    settings.password().orElse(base.password()), settings.maxPoolSize());
        } catch (IllegalArgumentException e) {
            throw new CommandFailedException("invalid datastore.postgres.dsn: " + e.getMessage(), e);
        }
    }

    private static void checkConnection(PostgresConfig config) {
        Properties properties = new Properties();
        if (config.username() != null) properties.setProperty("user", config.username());
        if (config.password() != null) properties.setProperty("password", config.password());
        properties.setProperty("connectTimeout", SECONDS_TO_CONNECT);
        properties.setProperty("loginTimeout", SECONDS_TO_CONNECT);
        try (Connection ignored = DriverManager.getConnection(config.url(), properties)) {
            // reachable, and it accepts these credentials
        } catch (SQLException e) {
            throw new CommandFailedException("cannot connect to PostgreSQL at " + shown(config) + ": "
                    + serverMessage(e) + " — " + remedy(e), e);
        }
    }

    private static String remedy(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.startsWith("28")) {
            return "check datastore.postgres.username/password";
        }
        if (state.equals("3D000")) {
            return "create the database or fix its name in datastore.postgres.url";
        }
        return "check that the server runs and accepts connections at datastore.postgres.url";
    }

    /** The driver's message without the server's severity prefix, on one line. */
    private static String serverMessage(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String firstLine = message.strip().lines().findFirst().orElse(message);
        return firstLine.replaceFirst("^(FATAL|ERROR):\\s*", "");
    }

    private static String shown(PostgresConfig config) {
        return StartupMessages.withoutPassword(config.url());
    }
}
