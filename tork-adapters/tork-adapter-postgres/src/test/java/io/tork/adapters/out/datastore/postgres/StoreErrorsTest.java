package io.tork.adapters.out.datastore.postgres;

import static io.tork.contracts.TestData.at;
import static io.tork.contracts.TestData.job;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.tork.application.port.out.StoreException;
import io.tork.domain.job.Job;
import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class StoreErrorsTest {
    @RegisterExtension
    static final EmbeddedPostgresDatabase database = new EmbeddedPostgresDatabase();

    @Test
    void anUnreachableDatabaseIsATransientFailure() throws IOException {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:postgresql://127.0.0.1:" + unusedPort() + "/tork");
        config.setConnectionTimeout(250);
        config.setInitializationFailTimeout(-1);
        try (HikariDataSource unreachable = new HikariDataSource(config)) {
            PostgresDatastore datastore = PostgresDatastore.on(unreachable);

            StoreException failure = catchThrowableOfType(StoreException.class,
                    () -> datastore.jobStore().find("any"));

            assertThat(failure.isTransient()).isTrue();
            assertThat(failure).hasMessageStartingWith("can not read job any");
            assertThat(catchThrowableOfType(StoreException.class, datastore::ping).isTransient()).isTrue();
        }
    }

    @Test
    void aReachableDatabaseAnswersAPing() {
        database.datastore().ping();
    }

    @Test
    void aRefusedWriteIsAPermanentFailure() {
        Job job = job("twice", at(0));
        database.datastore().jobStore().create(job);

        StoreException failure = catchThrowableOfType(StoreException.class,
                () -> database.datastore().jobStore().create(job));

        assertThat(failure.isTransient()).isFalse();
        assertThat(failure).hasMessageContaining("can not create job " + job.id());
    }

    private static int unusedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
