package io.tork.adapters.out.broker.artemis;

import static io.tork.contracts.Eventually.eventually;
import static io.tork.contracts.TestData.at;
import static io.tork.contracts.TestData.newId;
import static org.assertj.core.api.Assertions.assertThat;

import io.tork.application.port.out.Message;
import io.tork.application.port.out.Message.JobCommand;
import io.tork.application.port.out.Message.JobCommandType;
import io.tork.application.port.out.Message.LogPart;
import io.tork.domain.task.TaskLogPart;
import io.tork.application.port.out.MessageQueue;
import io.tork.application.port.out.Subscription;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the Artemis queues do beyond the contract: dead letters, large messages. */
class ArtemisMessageQueueTest {
    private static TestBroker broker;
    private RawClient raw;
    private Subscription subscription;
    private final String queue = "dead-letter-" + newId();
    private final List<Message> handled = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startBroker() {
        broker = TestBroker.start();
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @BeforeEach
    void connectRawClient() throws Exception {
        raw = new RawClient(broker.brokerConfig().url());
    }

    @AfterEach
    void closeEverything() {
        if (subscription != null) subscription.close();
        raw.close();
    }

    private MessageQueue queues() {
        return broker.client().messageQueue();
    }

    @Test
    void garbageGoesToTheDeadLettersAndTheConsumerKeepsConsuming() throws Exception {
        subscription = queues().subscribe(queue, 1, handled::add);
        Message after = command("after the garbage");

        raw.send(queue, "this is not JSON {");
        raw.send(queue, "{\"v\":1,\"type\":\"gossip\",\"body\":{}}");
        queues().publish(queue, after);

        eventually().untilAsserted(() -> assertThat(handled).containsExactly(after));
        eventually().untilAsserted(() -> assertThat(raw.deadLetterReasonsFrom(queue)).hasSize(2));
        assertThat(raw.deadLetterReasonsFrom(queue))
                .anySatisfy(reason -> assertThat(reason).contains("not JSON"))
                .anySatisfy(reason -> assertThat(reason).contains("unknown message type 'gossip'"));
    }

    @Test
    void aMessageWhoseHandlerKeepsFailingIsRetriedFiveTimesThenDeadLettered() throws Exception {
        Message poison = command("poison");
        Message next = command("next");
        AtomicInteger attempts = new AtomicInteger();
        subscription = queues().subscribe(queue, 1, m -> {
            if (m.equals(poison)) {
                attempts.incrementAndGet();
                throw new IllegalStateException("deliberate failure in a test");
            }
            handled.add(m);
        });

        queues().publish(queue, poison);
        queues().publish(queue, next);

        eventually().untilAsserted(() -> assertThat(handled).containsExactly(next));
        assertThat(attempts).hasValue(1 + QueueConsumer.MAX_REDELIVERIES);
        assertThat(raw.deadLetterReasonsFrom(queue)).singleElement().asString()
                .contains("the handler failed 6 times").contains("deliberate failure in a test");
        eventually().untilAsserted(() -> assertThat(queues().queue(queue)).hasValueSatisfying(info -> {
            assertThat(info.size()).isZero();
            assertThat(info.unacked()).isZero();
        }));
    }

    @Test
    void aHandlerThatFailsOnceGetsTheMessageAgain() {
        Message flaky = command("flaky");
        AtomicInteger attempts = new AtomicInteger();
        subscription = queues().subscribe(queue, 1, m -> {
            if (attempts.incrementAndGet() == 1) throw new IllegalStateException("deliberate failure in a test");
            handled.add(m);
        });

        queues().publish(queue, flaky);

        eventually().untilAsserted(() -> assertThat(handled).containsExactly(flaky));
        assertThat(attempts).hasValue(2);
    }

    @Test
    void aMessageLargerThanTheBrokersLargeMessageThresholdArrivesWhole() {
        String contents = "x".repeat(300 * 1024) + "\n";
        Message big = new LogPart(new TaskLogPart(newId(), newId(), 1, contents, at(0)));
        subscription = queues().subscribe(queue, 1, handled::add);

        queues().publish(queue, big);

        eventually().untilAsserted(() -> assertThat(handled).containsExactly(big));
    }

    private static Message command(String jobId) {
        return new JobCommand(jobId, JobCommandType.START, null);
    }
}
