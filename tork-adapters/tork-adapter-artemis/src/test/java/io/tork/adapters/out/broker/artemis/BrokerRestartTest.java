package io.tork.adapters.out.broker.artemis;

import static io.tork.contracts.Eventually.eventually;
import static io.tork.contracts.TestData.newId;
import static org.assertj.core.api.Assertions.assertThat;

import io.tork.application.port.out.Message;
import io.tork.application.port.out.Message.JobCommand;
import io.tork.application.port.out.Message.JobCommandType;
import io.tork.application.port.out.OutgoingMessage;
import io.tork.application.port.out.QueueInfo;
import io.tork.application.port.out.Subscription;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The broker goes down and comes back on the same data folder. */
class BrokerRestartTest {
    private TestBroker broker;
    private final String queue = "restart-" + newId();
    private final List<Message> handled = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startBroker() {
        broker = TestBroker.start();
    }

    @AfterEach
    void stopBroker() {
        broker.close();
    }

    @Test
    void aPublishedMessageSurvivesARestartAndIsDeliveredToALaterSubscriber() {
        Message waiting = command("waiting through a restart");
        Message delayed = command("delayed through a restart");
        try (ArtemisBroker publisher = broker.connect()) {
            publisher.messageQueue().publish(queue, waiting);
            publisher.messageQueue().publishAt(queue, delayed, java.time.Instant.now().plusMillis(500));
        }

        broker.stopBroker();
        broker.startBroker();

        try (ArtemisBroker consumer = broker.connect()) {
            Subscription subscription = consumer.messageQueue().subscribe(queue, 1, handled::add);
            eventually().untilAsserted(() -> assertThat(handled).containsExactlyInAnyOrder(waiting, delayed));
            subscription.close();
        }
    }

    @Test
    void aSubscriptionResumesAfterTheBrokerComesBackAndHealthFollowsTheConnection() {
        ArtemisBroker client = broker.client();
        Subscription subscription = client.messageQueue().subscribe(queue, 2, handled::add);
        Message before = command("before the outage");
        client.messageQueue().publish(queue, before);
        eventually().untilAsserted(() -> assertThat(handled).containsExactly(before));
        assertThat(client.isHealthy()).isTrue();

        broker.stopBroker();
        eventually().until(() -> !client.isHealthy());
        broker.startBroker();
        eventually().until(client::isHealthy);

        Message after = command("after the outage");
        client.messageQueue().publish(queue, after);
        eventually().untilAsserted(() -> assertThat(handled).containsExactly(before, after));
        eventually().untilAsserted(() -> assertThat(client.messageQueue().queue(queue))
                .contains(new QueueInfo(queue, 0, 2, 0)));
        subscription.close();
    }

    @Test
    void messagesHandedOverWhileTheBrokerIsDownAreRefusedWithoutThrowingAndCanBeHandedOverAgainLater() {
        ArtemisBroker client = broker.client();
        Message message = command("handed over during the outage");
        broker.stopBroker();
        eventually().until(() -> !client.isHealthy());

        List<CompletableFuture<Void>> refused = client.messageQueue().handOver(List.of(
                new OutgoingMessage(queue, message, null), new OutgoingMessage(queue, command("after it"), null)));

        assertThat(refused).hasSize(2).allSatisfy(stage -> assertThat(stage).failsWithin(Duration.ofSeconds(30)));
        broker.startBroker();
        eventually().until(client::isHealthy);
        assertThat(client.messageQueue().handOver(List.of(new OutgoingMessage(queue, message, null))).getFirst())
                .succeedsWithin(Duration.ofSeconds(30));
        Subscription subscription = client.messageQueue().subscribe(queue, 1, handled::add);
        eventually().untilAsserted(() -> assertThat(handled).containsExactly(message));
        subscription.close();
    }

    @Test
    void eventSubscriptionsResumeAfterTheBrokerComesBack() {
        ArtemisBroker client = broker.client();
        List<String> received = new CopyOnWriteArrayList<>();
        Subscription subscription = client.eventBus().subscribe("job.*", job -> received.add(job.id()));
        broker.stopBroker();
        eventually().until(() -> !client.isHealthy());
        broker.startBroker();
        eventually().until(client::isHealthy);

        var job = io.tork.contracts.TestData.job("after", io.tork.contracts.TestData.at(0));
        eventually().untilAsserted(() -> {
            client.eventBus().publish("job.completed", job);
            assertThat(received).contains(job.id());
        });
        subscription.close();
    }

    private static Message command(String jobId) {
        return new JobCommand(jobId, JobCommandType.START, null);
    }
}
