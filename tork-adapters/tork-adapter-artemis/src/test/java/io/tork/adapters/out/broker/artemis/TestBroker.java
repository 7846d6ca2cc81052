package io.tork.adapters.out.broker.artemis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * An embedded broker on a free port with a data folder of its own, and a client connected to it over TCP (as a
 * remote worker would be) that retries quickly after an outage. Can stop and start the broker on the same folder;
 * closing removes the folder.
 */
final class TestBroker implements AutoCloseable {
    private final Path dataDir;
    private final ArtemisConfig brokerConfig;
    private EmbeddedArtemis embedded;
    private ArtemisBroker client;

    private TestBroker(Path dataDir, int port) {
        this.dataDir = dataDir;
        this.brokerConfig = new ArtemisConfig("tcp://localhost:" + port, true, dataDir, null, null);
    }

    static TestBroker start() {
        try {
            TestBroker broker = new TestBroker(Files.createTempDirectory("tork-artemis-test"), freePort());
            broker.startBroker();
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A client of the broker; the same one for the broker's whole life in this fixture. */
    ArtemisBroker client() {
        if (client == null) client = connect();
        return client;
    }

    /** A new client of its own, which the caller closes. */
    ArtemisBroker connect() {
        return ArtemisBroker.start(clientConfig(), Duration.ofSeconds(5));
    }

    ArtemisConfig clientConfig() {
        return new ArtemisConfig(brokerConfig.url() + "?retryInterval=100&maxRetryInterval=500", false, null, null,
                null);
    }

    ArtemisConfig brokerConfig() {
        return brokerConfig;
    }

    void startBroker() {
        embedded = EmbeddedArtemis.start(brokerConfig);
    }

    void stopBroker() {
        if (embedded != null) embedded.close();
        embedded = null;
    }

    @Override
    public void close() {
        try {
            if (client != null) client.close();
        } finally {
            stopBroker();
            deleteRecursively(dataDir);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
