package io.tork.adapters.out.broker.inmemory;

import static io.tork.contracts.Eventually.eventually;
import static io.tork.contracts.TestData.at;
import static io.tork.contracts.TestData.completed;
import static io.tork.contracts.TestData.job;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tork.application.port.out.StoreException;
import io.tork.domain.job.Job;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the in-memory event bus does beyond the contract: its dispatcher thread and its life cycle. */
class InMemoryEventBusTest {
    private final CountDownLatch gate = new CountDownLatch(1);
    private final InMemoryEventBus bus = new InMemoryEventBus();
    private final Job first = completed(job("first", at(0)));
    private final Job second = completed(job("second", at(1)));
    private final Job third = completed(job("third", at(2)));

    @AfterEach
    void cleanUp() {
        gate.countDown();
        bus.close();
    }

    @Test
    void aSlowListenerNeverBlocksThePublisher() throws Exception {
        List<Job> received = new CopyOnWriteArrayList<>();
        bus.subscribe("job.*", job -> {
            awaitGate();
            received.add(job);
        });

        CompletableFuture.runAsync(() -> {
            bus.publish("job.completed", first);
            bus.publish("job.completed", second);
        }).get(20, TimeUnit.SECONDS);

        assertThat(received).isEmpty();
        gate.countDown();
        eventually().until(() -> received.size() == 2);
        assertThat(received).containsExactly(first, second);
    }

    @Test
    void listenersAreCalledInSubscriptionOrder() {
        List<String> calls = new CopyOnWriteArrayList<>();
        bus.subscribe("job.*", job -> calls.add("a"));
        bus.subscribe("*", job -> calls.add("b"));
        bus.subscribe("job.completed", job -> calls.add("c"));

        bus.publish("job.completed", first);

        eventually().until(() -> calls.size() == 3);
        assertThat(calls).containsExactly("a", "b", "c");
    }

    @Test
    void aSubscriptionMadeAfterAnEventWasPublishedDoesNotGetIt() {
        CountDownLatch dispatcherBusy = new CountDownLatch(1);
        bus.subscribe("job.*", job -> {
            dispatcherBusy.countDown();
            awaitGate();
        });
        bus.publish("job.completed", first);
        awaitLatch(dispatcherBusy);
        bus.publish("job.completed", second);
        List<Job> late = new CopyOnWriteArrayList<>();
        bus.subscribe("job.*", late::add);

        bus.publish("job.completed", third);
        gate.countDown();

        eventually().until(() -> late.contains(third));
        assertThat(late).containsExactly(third);
    }

    @Test
    void closeDeliversWhatWasPublishedThenStopsTheDispatcher() {
        List<Job> received = new CopyOnWriteArrayList<>();
        AtomicReference<Thread> dispatcher = new AtomicReference<>();
        bus.subscribe("job.*", job -> {
            dispatcher.set(Thread.currentThread());
            received.add(job);
        });
        bus.publish("job.completed", first);
        bus.publish("job.completed", second);

        bus.close();

        assertThat(received).containsExactly(first, second);
        assertThat(dispatcher.get().isAlive()).isFalse();
    }

    @Test
    void aClosedBusDropsEventsAndRefusesSubscriptions() {
        List<Job> received = new CopyOnWriteArrayList<>();
        bus.subscribe("job.*", received::add);
        bus.close();
        bus.close();

        bus.publish("job.completed", first);

        assertThat(received).isEmpty();
        assertThatThrownBy(() -> bus.subscribe("job.*", job -> { })).isInstanceOf(StoreException.class);
    }

    @Test
    void aListenerMayCloseTheBus() {
        AtomicBoolean closedFromInside = new AtomicBoolean();
        bus.subscribe("job.*", job -> {
            bus.close();
            closedFromInside.set(true);
        });

        bus.publish("job.completed", first);

        eventually().untilTrue(closedFromInside);
    }

    private void awaitGate() {
        awaitLatch(gate);
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            assertThat(latch.await(20, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
