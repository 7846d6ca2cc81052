package io.tork.adapters.out.broker.artemis;

import static io.tork.contracts.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tork.application.port.out.Message;
import io.tork.application.port.out.Message.JobCommand;
import io.tork.application.port.out.Message.JobCommandType;
import io.tork.application.port.out.StoreException;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The broker as a standalone process with an embedded broker uses it. */
class ArtemisBrokerTest {
    private Path dataDir;
    private int port;

    @BeforeEach
    void reservePortAndFolder() throws IOException {
        dataDir = Files.createTempDirectory("tork-artemis-test");
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
    }

    @AfterEach
    void removeFolder() {
        TestBroker.deleteRecursively(dataDir);
    }

    @Test
    void anEmbeddedBrokerWithAUserServesThisProcessAndRemoteClientsWithTheRightPassword() {
        ArtemisConfig config = new ArtemisConfig("tcp://localhost:" + port, true, dataDir, "tork", "s3cret");
        try (ArtemisBroker standalone = ArtemisBroker.start(config);
             ArtemisBroker remote = ArtemisBroker.start(
                     new ArtemisConfig(config.url(), false, null, "tork", "s3cret"))) {
            List<Message> handled = new CopyOnWriteArrayList<>();
            Message message = new JobCommand("j1", JobCommandType.CANCEL, "by a remote worker");
            var subscription = standalone.messageQueue().subscribe("default", 1, handled::add);

            remote.messageQueue().publish("default", message);

            eventually().untilAsserted(() -> assertThat(handled).containsExactly(message));
            assertThat(standalone.messageQueue().queues()).extracting("name").contains("default", "DLQ");
            subscription.close();

            assertThatThrownBy(() -> ArtemisBroker.start(
                    new ArtemisConfig(config.url() + "?initialConnectAttempts=1", false, null, "tork", "wrong")))
                    .isInstanceOf(StoreException.class);
        }
    }

    @Test
    void aClosedBrokerIsUnhealthyAndRefusesWork() {
        ArtemisBroker broker = ArtemisBroker.start(new ArtemisConfig("tcp://localhost:" + port, true, dataDir, null,
                null));
        assertThat(broker.isHealthy()).isTrue();

        broker.close();
        broker.close();

        assertThat(broker.isHealthy()).isFalse();
        assertThatThrownBy(() -> broker.messageQueue().publish("default", new JobCommand("j", JobCommandType.START,
                null))).isInstanceOf(StoreException.class).hasMessageContaining("terminated");
        assertThatThrownBy(() -> broker.eventBus().subscribe("*", job -> { }))
                .isInstanceOf(StoreException.class);
    }

    @Test
    void aBrokerThatCannotBeReachedFailsAtStartWithAPortException() {
        assertThatThrownBy(() -> ArtemisBroker.start(new ArtemisConfig(
                "tcp://localhost:" + port + "?initialConnectAttempts=1&retryInterval=10", false, null, null, null)))
                .isInstanceOf(StoreException.class).hasMessageContaining("could not connect");
    }
}
