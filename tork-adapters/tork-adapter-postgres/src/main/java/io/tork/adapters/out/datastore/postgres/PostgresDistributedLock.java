package io.tork.adapters.out.datastore.postgres;

import com.zaxxer.hikari.HikariDataSource;
import io.tork.application.port.out.DistributedLock;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Locks shared by every coordinator on one PostgreSQL database: session-level advisory locks
 * ({@code pg_try_advisory_lock}) named by a 64-bit hash of the key, as the reference computes it (§6.5). The
 * session holding a lock keeps its own connection until the lock is released; if that connection breaks, the
 * server frees the lock, which is why work done under it must be safe to repeat.
 */
public final class PostgresDistributedLock implements DistributedLock {
    private static final Logger log = LoggerFactory.getLogger(PostgresDistributedLock.class);
    private final DataSource dataSource;

    /** @param dataSource where connections come from; the datastore's pool will do (one connection per held lock) */
    public PostgresDistributedLock(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /** The first 8 bytes of the key's SHA-256, read as a big-endian signed number. */
    static long keyHash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest, 0, Long.BYTES).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public Optional<Lock> tryAcquire(String key) {
        Objects.requireNonNull(key, "key");
        long hash = keyHash(key);
        String action = "can not take the lock '" + key + "'";
        Connection connection;
        try {
            connection = dataSource.getConnection();
        } catch (SQLException e) {
            throw StoreErrors.translate(action, e);
        }
        try {
            if (call(connection, "SELECT pg_try_advisory_lock(?)", hash)) {
                return Optional.of(new AdvisoryLock(key, hash, connection));
            }
            connection.close();
            return Optional.empty();
        } catch (SQLException | RuntimeException e) {
            discard(connection);
            throw StoreErrors.translate(action, e);
        }
    }

    private static boolean call(Connection connection, String sql, long hash) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, hash);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    /**
     * Gets rid of a connection whose session may still hold a lock: a pool would otherwise hand the session, lock
     * and all, to its next user.
     */
    private void discard(Connection connection) {
        try {
            if (dataSource.isWrapperFor(HikariDataSource.class)) {
                dataSource.unwrap(HikariDataSource.class).evictConnection(connection);
            } else {
                connection.close();
            }
        } catch (SQLException | RuntimeException e) {
            log.warn("could not discard a database connection: {}", e.getMessage());
        }
    }

    private final class AdvisoryLock implements Lock {
        private final String key;
        private final long hash;
        private final Connection connection;
        private final AtomicBoolean released = new AtomicBoolean();

        AdvisoryLock(String key, long hash, Connection connection) {
            this.key = key;
            this.hash = hash;
            this.connection = connection;
        }

        @Override
        public String key() {
            return key;
        }

        @Override
        public void close() {
            if (!released.compareAndSet(false, true)) return;
            try {
                if (call(connection, "SELECT pg_advisory_unlock(?)", hash)) {
                    connection.close();
                    return;
                }
                log.warn("the lock '{}' was no longer held by its session", key);
            } catch (SQLException | RuntimeException e) {
                log.warn("could not release the lock '{}': {}", key, e.getMessage());
            }
            discard(connection);
        }
    }
}
