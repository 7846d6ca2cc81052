package io.tork.adapters.out.datastore.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.awaitility.Awaitility.await;

import io.tork.application.port.out.DistributedLock.Lock;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresDistributedLockTest {
    @RegisterExtension
    static final EmbeddedPostgresDatabase database = new EmbeddedPostgresDatabase();

    private final PostgresDistributedLock lock = new PostgresDistributedLock(database.dataSource());

    @Test
    void theKeyIsHashedAsTheReferenceDoes() {
        assertThat(PostgresDistributedLock.keyHash("2c7eb7e1951343468ce360c906003a22")).isEqualTo(-414568140838410356L);
    }

    @Test
    void aHeldLockIsAnAdvisoryLockOfTheDatabase() throws SQLException {
        String key = "held-" + System.nanoTime();
        try (Lock held = lock.tryAcquire(key).orElseThrow()) {
            assertThat(holderOf(key)).isNotZero();
        }
        assertThat(holderOf(key)).isZero();
    }

    @Test
    void aLockWhoseSessionDiedIsFreeAgainAndItsReleaseIsHarmless() throws SQLException {
        String key = "lost-" + System.nanoTime();
        Lock held = lock.tryAcquire(key).orElseThrow();
        terminate(holderOf(key));
        // pg_terminate_backend only signals the backend: the lock is free once the process has ended
        await().atMost(Duration.ofSeconds(10)).until(() -> holderOf(key) == 0);

        try (Lock again = lock.tryAcquire(key).orElseThrow()) {
            assertThat(again.key()).isEqualTo(key);
            assertThatCode(held::close).doesNotThrowAnyException();
            assertThat(lock.tryAcquire(key)).as("the new holder keeps it").isEmpty();
        }
    }

    /** The backend process holding the advisory lock of {@code key}, or 0. */
    private static int holderOf(String key) throws SQLException {
        long hash = PostgresDistributedLock.keyHash(key);
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT pid FROM pg_locks WHERE locktype = "
                     + "'advisory' AND granted AND objsubid = 1 AND ((classid::bigint << 32) | objid::bigint) = ?")) {
            statement.setLong(1, hash);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? result.getInt(1) : 0;
            }
        }
    }

    private static void terminate(int pid) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT pg_terminate_backend(?)")) {
            statement.setInt(1, pid);
            statement.execute();
        }
    }
}
