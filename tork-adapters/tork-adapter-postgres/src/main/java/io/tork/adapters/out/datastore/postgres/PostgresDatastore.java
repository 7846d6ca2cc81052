package io.tork.adapters.out.datastore.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.tork.application.port.out.JobStore;
import io.tork.application.port.out.LogStore;
import io.tork.application.port.out.NodeStore;
import io.tork.application.port.out.TaskStore;
import io.tork.application.port.out.Transactions;
import io.tork.application.port.out.UserStore;
import javax.sql.DataSource;

/**
 * The PostgreSQL datastore: the stores and the transactions that span them, all on one connection pool. Stores
 * used inside {@link #transactions()} on the same thread share its transaction.
 */
public final class PostgresDatastore implements AutoCloseable {
    private final DataSource dataSource;
    private final Database database;
    private final AutoCloseable pool;
    private final JobStore jobs;
    private final TaskStore tasks;
    private final LogStore logs;
    private final NodeStore nodes;
    private final Transactions transactions;
    private final UserStore users;

    private PostgresDatastore(DataSource dataSource, AutoCloseable pool) {
        this.dataSource = dataSource;
        this.pool = pool;
        this.database = new Database(dataSource);
        Documents documents = new Documents();
        this.jobs = new PostgresJobStore(database, documents);
        this.tasks = new PostgresTaskStore(database, documents);
        this.logs = new PostgresLogStore(database);
        this.nodes = new PostgresNodeStore(database, documents);
        this.transactions = new PostgresTransactions(database);
        this.users = new PostgresUserStore(database);
    }

    /**
     * Opens a connection pool and checks that the schema is migrated.
     *
     * @throws io.tork.application.port.out.StoreException when the database can not be reached or lacks the schema
     */
    public static PostgresDatastore open(PostgresConfig config) {
        HikariDataSource pool = pool(config);
        try {
            PostgresMigrations.requireMigrated(pool);
            return new PostgresDatastore(pool, pool);
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

    /** A datastore on a data source managed by the caller, who also closes it. */
    public static PostgresDatastore on(DataSource dataSource) {
        return new PostgresDatastore(dataSource, () -> { });
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
        return new HikariDataSource(hikari);
    }
}
