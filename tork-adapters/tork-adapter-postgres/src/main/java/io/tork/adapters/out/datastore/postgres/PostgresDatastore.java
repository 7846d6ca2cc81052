package io.tork.adapters.out.datastore.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.tork.application.port.out.JobStore;
import io.tork.application.port.out.LogStore;
import io.tork.application.port.out.NodeStore;
import io.tork.application.port.out.OutboxStore;
import io.tork.application.port.out.RetentionStore;
import io.tork.application.port.out.ScheduledJobStore;
import io.tork.application.port.out.TaskStore;
import io.tork.application.port.out.Transactions;
import java.util.Optional;
import io.tork.application.port.out.UserStore;
import javax.sql.DataSource;

/**
 * The PostgreSQL datastore: the stores and the transactions that span them, all on one connection pool. Stores
 * used inside {@link #transactions()} on the same thread share its transaction.
 */
public final class PostgresDatastore implements AutoCloseable {
    private static final long CONNECTION_TIMEOUT_MILLIS = 5_000;
    private final DataSource dataSource;
    private final Database database;
    private final AutoCloseable pool;
    private final JobStore jobs;
    private final TaskStore tasks;
    private final LogStore logs;
    private final NodeStore nodes;
    private final OutboxStore outbox;
    private final Transactions transactions;
    private final ScheduledJobStore scheduledJobs;
    private final RetentionStore retention;
    private final UserStore users;

    private PostgresDatastore(DataSource dataSource, AutoCloseable pool, Optional<String> encryptionKey,
                              boolean checkKey) {
        this.dataSource = dataSource;
        this.pool = pool;
        this.database = new Database(dataSource);
        Optional<SecretCipher> cipher = encryptionKey.filter(key -> !key.isEmpty()).map(SecretCipher::new);
        if (checkKey) EncryptionKeyCheck.verify(database, cipher);
        Documents documents = new Documents(new SecretFields(cipher));
        this.jobs = new PostgresJobStore(database, documents);
        this.tasks = new PostgresTaskStore(database, documents);
        this.logs = new PostgresLogStore(database);
        this.nodes = new PostgresNodeStore(database, documents);
        this.outbox = new PostgresOutboxStore(database, documents);
        this.transactions = new PostgresTransactions(database);
        this.scheduledJobs = new PostgresScheduledJobStore(database, documents);
        this.retention = new PostgresRetentionStore(database);
        this.users = new PostgresUserStore(database);
    }

    /**
     * Opens a connection pool and checks that the schema is migrated.
     *
     * @throws io.tork.application.port.out.StoreException when the database can not be reached or lacks the schema
     */
    public static PostgresDatastore open(PostgresConfig config) {
        return open(config, Optional.empty());
    }

    /**
     * Opens a connection pool, checks that the schema is migrated and that {@code encryptionKey} (the
     * {@code datastore.encryption.key}) is the key the stored secrets were encrypted with; secrets written from
     * now on are encrypted with it.
     *
     * @throws io.tork.application.port.out.StoreException when the database can not be reached, lacks the schema,
     *                                                     or holds secrets encrypted with another key (or any key,
     *                                                     when none is given)
     */
    public static PostgresDatastore open(PostgresConfig config, Optional<String> encryptionKey) {
        HikariDataSource pool = pool(config);
        try {
            PostgresMigrations.requireMigrated(pool);
            return new PostgresDatastore(pool, pool, encryptionKey, true);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /** Runs the migrations on the database of {@code config} (what {@code tork migration} does). */
    public static void migrate(PostgresConfig config) {
        try (HikariDataSource pool = pool(config)) {
            PostgresMigrations.migrate(pool);
        }
    }

    /**
     * A datastore on a data source managed by the caller, who also closes it. It does not encrypt secrets and
     * does not touch the database until first used (so it can be made while the database is down).
     */
    public static PostgresDatastore on(DataSource dataSource) {
        return new PostgresDatastore(dataSource, () -> { }, Optional.empty(), false);
    }

    /**
     * A datastore on a data source managed by the caller, encrypting secrets with {@code encryptionKey}; checks
     * at once, as {@link #open(PostgresConfig, Optional)} does, that the key fits the database.
     */
    public static PostgresDatastore on(DataSource dataSource, Optional<String> encryptionKey) {
        return new PostgresDatastore(dataSource, () -> { }, encryptionKey, true);
    }

    public ScheduledJobStore scheduledJobStore() {
        return scheduledJobs;
    }

    public RetentionStore retentionStore() {
        return retention;
    }

    public JobStore jobStore() {
        return jobs;
    }

    public TaskStore taskStore() {
        return tasks;
    }

    public LogStore logStore() {
        return logs;
    }

    public NodeStore nodeStore() {
        return nodes;
    }

    public OutboxStore outboxStore() {
        return outbox;
    }

    public Transactions transactions() {
        return transactions;
    }

    public UserStore userStore() {
        return users;
    }

    /**
     * Asks the database a trivial question, for health checks.
     *
     * @throws io.tork.application.port.out.StoreException (transient) when the database does not answer
     */
    public void ping() {
        database.onConnection("the database does not answer", db -> db.selectOne().fetch());
    }

    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        try {
            pool.close();
        } catch (Exception e) {
            throw new IllegalStateException("can not close the PostgreSQL connection pool", e);
        }
    }

    private static HikariDataSource pool(PostgresConfig config) {
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("tork-postgres");
        hikari.setJdbcUrl(config.url());
        if (config.username() != null) hikari.setUsername(config.username());
        if (config.password() != null) hikari.setPassword(config.password());
        hikari.setMaximumPoolSize(config.maxPoolSize());
        // start even while the database is down: the first use fails transiently and later uses recover
        hikari.setInitializationFailTimeout(-1);
        // during an outage callers (a health check, a handler) learn it within seconds instead of Hikari's 30
        hikari.setConnectionTimeout(CONNECTION_TIMEOUT_MILLIS);
        return new HikariDataSource(hikari);
    }
}
