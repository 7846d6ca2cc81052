package io.tork.app.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tork.app.cli.RunMode;
import io.tork.app.cli.ShutdownHooks;
import io.tork.app.cli.TorkCli;
import io.tork.app.config.TorkConfig;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every start-up failure is one line naming the component and the fix, and leaves nothing running. */
class StartupFailuresTest {
    private static PostgresServer postgres;

    @TempDir
    Path artemisData;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = PostgresServer.start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @Test
    void wrongDatabaseCredentialsNameTheKeysToCheck() throws Exception {
        String url = postgres.newDatabase();
        TorkConfig config = DistributedSettings.config(DistributedSettings.postgres(url),
                Map.of("datastore.postgres.password", "wrong"));

        assertThatThrownBy(() -> StandaloneEngine.start(config)).hasMessage("cannot connect to PostgreSQL at " + url
                + ": password authentication failed for user \"tork\" — check datastore.postgres.username/password");
    }

    @Test
    void aWrongPostgresUrlFailsTheStartWithOneLineAndExitStatus1() {
        String url = "jdbc:postgresql://localhost:" + FreePorts.next() + "/tork";
        Map<String, String> keys = DistributedSettings.base();
        keys.putAll(Map.of("datastore.type", "postgres", "datastore.postgres.url", url));

        Run run = run(TorkConfig.of(keys), "run", "standalone");

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.err.lines()).singleElement().asString()
                .startsWith("Error: cannot connect to PostgreSQL at " + url + ": ")
                .endsWith(" — check that the server runs and accepts connections at datastore.postgres.url");
    }

    @Test
    void anUnmigratedDatabaseSaysToRunTheMigration() throws Exception {
        TorkConfig config = DistributedSettings.config(DistributedSettings.postgres(postgres.newDatabase()));

        assertThatThrownBy(() -> StandaloneEngine.start(config))
                .hasMessage("the database schema is not migrated: run ./tork migration");
    }

    @Test
    void anUnreachableBrokerSaysHowToStartOne() {
        int port = FreePorts.next();
        String url = "tcp://localhost:" + port + "?initialConnectAttempts=1";
        TorkConfig config = DistributedSettings.config(DistributedSettings.remoteArtemis(port));

        assertThatThrownBy(() -> WorkerEngine.start(config))
                .hasMessageStartingWith("cannot connect to the Artemis broker at " + url + ": ")
                .hasMessageEndingWith(" — start one with ./tork run broker or set broker.artemis.embedded = true")
                .hasMessageNotContaining("\n");
    }

    @Test
    void aWorkerRefusesTheInMemoryBroker() {
        assertThatThrownBy(() -> WorkerEngine.start(DistributedSettings.config()))
                .hasMessageStartingWith("a worker needs broker.type = artemis");
    }

    @Test
    void aCoordinatorRefusesTheInMemoryBroker() {
        assertThatThrownBy(() -> CoordinatorEngine.start(DistributedSettings.config()))
                .hasMessageStartingWith("a coordinator needs broker.type = artemis");
    }

    @Test
    void aFailureAfterTheBrokerStartedStopsTheBrokerAgain() throws Exception {
        int brokerPort = FreePorts.next();
        TorkConfig config = DistributedSettings.config(DistributedSettings.embeddedArtemis(brokerPort, artemisData),
                DistributedSettings.postgres(postgres.newDatabase()));

        assertThatThrownBy(() -> StandaloneEngine.start(config)).hasMessageContaining("not migrated");

        assertThat(FreePorts.isFree(brokerPort)).as("the embedded broker was stopped").isTrue();
    }

    @Test
    void aBusyApiPortStopsEverythingStartedBeforeIt() throws Exception {
        int brokerPort = FreePorts.next();
        String url = postgres.newDatabase();
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Map<String, String> keys = DistributedSettings.base();
            keys.putAll(DistributedSettings.embeddedArtemis(brokerPort, artemisData));
            keys.putAll(DistributedSettings.postgres(url));
            keys.put("coordinator.address", "localhost:" + busy.getLocalPort());
            TorkConfig config = TorkConfig.of(keys);
            Engines.migration().migrate(config);

            assertThatThrownBy(() -> StandaloneEngine.start(config))
                    .hasMessageStartingWith("cannot serve the REST API on localhost:" + busy.getLocalPort() + ": ")
                    .hasMessageEndingWith(" — change coordinator.address or stop what uses that port");
        }
        assertThat(FreePorts.isFree(brokerPort)).as("the embedded broker was stopped").isTrue();
    }

    @Test
    void migrationIsIdempotentAndPrintsMigrationCompleted() throws Exception {
        TorkConfig config = DistributedSettings.config(DistributedSettings.postgres(postgres.newDatabase()));

        Run first = run(config, "migration");
        Run second = run(config, "migration");

        assertThat(first.exitCode).isZero();
        assertThat(first.out).isEqualToIgnoringNewLines("migration completed");
        assertThat(second.exitCode).isZero();
        assertThat(second.out).isEqualToIgnoringNewLines("migration completed");
        StandaloneEngine.start(config).stop();
    }

    @Test
    void migrationRefusesTheInMemoryDatastore() {
        Run run = run(DistributedSettings.config(), "migration");

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.err).isEqualToIgnoringNewLines(
                "Error: tork migration needs datastore.type = postgres (it is inmemory, which has no schema)");
    }

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(TorkConfig config, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Map<RunMode, io.tork.app.cli.EngineLauncher> launchers = Engines.launchers();
        int exitCode = new TorkCli(() -> config, launchers, Engines.migration(), new NoShutdownHooks())
                .execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    /** Nothing may be left to stop when a start fails, so no hook is ever needed. */
    private static final class NoShutdownHooks implements ShutdownHooks {
        @Override
        public void add(Thread hook) {
            throw new AssertionError("a failed start must not register a shutdown hook");
        }

        @Override
        public void remove(Thread hook) {
        }
    }
}
