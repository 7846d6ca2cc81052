package io.tork.adapters.out.broker.inmemory;

import static io.tork.contracts.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tork.application.port.out.Message;
import io.tork.application.port.out.Message.JobCommand;
import io.tork.application.port.out.Message.JobCommandType;
import io.tork.application.port.out.QueueInfo;
import io.tork.application.port.out.StoreException;
import io.tork.application.port.out.Subscription;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the in-memory broker does beyond the contract: its life cycle, and deleting queues that have consumers. */
class InMemoryMessageQueueTest {
    private final CountDownLatch gate = new CountDownLatch(1);
    private final InMemoryMessageQueue queue = new InMemoryMessageQueue(Clock.systemUTC(), Duration.ofSeconds(20));

    @AfterEach
    void cleanUp() {
        gate.countDown();
        queue.close();
    }

    @Test
    void closeWaitsForTheMessageAtHandThenEndsEveryConsumer() throws Exception {
        CountDownLatch handling = new CountDownLatch(1);
        AtomicBoolean finished = new AtomicBoolean();
        AtomicReference<Thread> consumer = new AtomicReference<>();
        queue.subscribe("q", 1, m -> {
            consumer.set(Thread.currentThread());
            handling.countDown();
            gate.await();
            finished.set(true);
        });
        queue.publish("q", command("busy"));
        assertThat(handling.await(20, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Void> closing = CompletableFuture.runAsync(queue::close);

        assertThatThrownBy(() -> closing.get(200, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
        gate.countDown();
        closing.get(20, TimeUnit.SECONDS);
        assertThat(finished).isTrue();
        assertThat(consumer.get().isAlive()).isFalse();
    }

    @Test
    void closeEndsIdleConsumers() throws Exception {
        AtomicReference<Thread> consumer = new AtomicReference<>();
        queue.subscribe("q", 1, m -> consumer.set(Thread.currentThread()));
        queue.publish("q", command("once"));
        eventually().until(() -> consumer.get() != null);

        queue.close();

        assertThat(consumer.get().isAlive()).isFalse();
    }

    @Test
    void aClosedBrokerIsUnhealthyAndRefusesWork() {
        queue.close();
        queue.close();

        assertThat(queue.isHealthy()).isFalse();
        assertThatThrownBy(() -> queue.publish("q", command("late")))
                .isInstanceOf(StoreException.class).hasMessage("broker is terminated");
        assertThatThrownBy(() -> queue.publishAt("q", command("late"), Instant.now()))
                .isInstanceOf(StoreException.class);
        assertThatThrownBy(() -> queue.subscribe("q", 1, m -> { }))
                .isInstanceOf(StoreException.class);
    }

    @Test
    void aHandlerMayCloseTheBrokerItRunsOn() {
        AtomicBoolean closedFromInside = new AtomicBoolean();
        queue.subscribe("q", 1, m -> {
            queue.close();
            closedFromInside.set(true);
        });

        queue.publish("q", command("shut down"));

        eventually().untilTrue(closedFromInside);
        assertThat(queue.isHealthy()).isFalse();
    }

    @Test
    void aHandlerMayCloseItsOwnSubscription() {
        List<Message> received = new CopyOnWriteArrayList<>();
        AtomicReference<Subscription> self = new AtomicReference<>();
        self.set(queue.subscribe("q", 1, m -> {
            received.add(m);
            self.get().close();
        }));
        queue.publish("q", command("first"));
        eventually().until(() -> received.size() == 1);

        queue.publish("q", command("second"));

        eventually().untilAsserted(() -> assertThat(queue.queue("q")).contains(new QueueInfo("q", 1, 0, 0)));
        assertThat(received).hasSize(1);
    }

    @Test
    void anInterruptLeftByAHandlerDoesNotEndItsConsumer() {
        List<Message> received = new CopyOnWriteArrayList<>();
        queue.subscribe("q", 1, m -> {
            received.add(m);
            Thread.currentThread().interrupt();
        });

        queue.publish("q", command("first"));
        queue.publish("q", command("second"));
        eventually().until(() -> received.size() == 2);
        queue.publish("q", command("third"));

        eventually().until(() -> received.size() == 3);
    }

    @Test
    void deletingAQueueWithConsumersEmptiesItButKeepsThemConsuming() throws Exception {
        List<Message> received = new CopyOnWriteArrayList<>();
        CountDownLatch handling = new CountDownLatch(1);
        queue.subscribe("q", 1, m -> {
            received.add(m);
            handling.countDown();
            gate.await();
        });
        Message first = command("in hand");
        queue.publish("q", first);
        assertThat(handling.await(20, TimeUnit.SECONDS)).isTrue();
        queue.publish("q", command("purged 1"));
        queue.publish("q", command("purged 2"));

        queue.deleteQueue("q");

        assertThat(queue.queue("q")).contains(new QueueInfo("q", 0, 1, 1));
        gate.countDown();
        Message after = command("after the delete");
        queue.publish("q", after);
        eventually().until(() -> received.size() == 2);
        assertThat(received).containsExactly(first, after);
    }

    @Test
    void deletingAQueueCancelsItsDelayedMessages() {
        Message cancelled = command("cancelled");
        queue.publishAt("q", cancelled, Instant.now().plusMillis(150));
        queue.deleteQueue("q");
        Message later = command("later");
        queue.publishAt("q", later, Instant.now().plusMillis(300));
        List<Message> received = new CopyOnWriteArrayList<>();

        queue.subscribe("q", 1, received::add);

        eventually().until(() -> received.contains(later));
        assertThat(received).containsExactly(later);
    }

    @Test
    void subscribingNeedsAtLeastOneConsumer() {
        assertThatThrownBy(() -> queue.subscribe("q", 0, m -> { })).isInstanceOf(IllegalArgumentException.class);
        assertThat(queue.queue("q")).isEmpty();
    }

    @Test
    void queuesAreListedByName() {
        queue.publish("b", command("1"));
        queue.publish("a", command("2"));
        queue.subscribe("c", 1, m -> { });

        assertThat(queue.queues()).extracting(QueueInfo::name).containsExactly("a", "b", "c");
    }

    private static Message command(String jobId) {
        return new JobCommand(jobId, JobCommandType.START, null);
    }
}
