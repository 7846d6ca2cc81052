package io.tork.contracts.broker;

import static io.tork.contracts.Eventually.eventually;
import static io.tork.contracts.TestData.at;
import static io.tork.contracts.TestData.logPart;
import static io.tork.contracts.TestData.newId;
import static io.tork.contracts.TestData.node;
import static io.tork.contracts.TestData.richSpec;
import static org.assertj.core.api.Assertions.assertThat;

import io.tork.application.port.out.Message;
import io.tork.application.port.out.Message.Heartbeat;
import io.tork.application.port.out.Message.JobCommand;
import io.tork.application.port.out.Message.JobCommandType;
import io.tork.application.port.out.Message.LogPart;
import io.tork.application.port.out.Message.TaskMessage;
import io.tork.application.port.out.MessageHandler;
import io.tork.application.port.out.MessageQueue;
import io.tork.application.port.out.OutgoingMessage;
import io.tork.application.port.out.QueueInfo;
import io.tork.application.port.out.Subscription;
import io.tork.contracts.Eventually;
import io.tork.contracts.TestData;
import io.tork.domain.spec.TaskSpec;
import io.tork.domain.task.EachProgress;
import io.tork.domain.task.Task;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link MessageQueue} does. Each test uses queues of its own (named {@code contract-<id>}, which are
 * task queues), closes every subscription it made and releases every handler it blocked.
 */
public abstract class AbstractMessageQueueContractTest {
    /** Upper bound for anything to arrive; generous because it is only reached when the adapter is broken. */
    protected static final Duration PATIENCE = Eventually.PATIENCE;

    private final List<Subscription> subscriptions = new ArrayList<>();
    private final List<CountDownLatch> gates = new ArrayList<>();

    /** The broker under test: the same instance throughout one test. */
    protected abstract MessageQueue queue();

    @AfterEach
    void releaseHandlersAndCloseSubscriptions() {
        gates.forEach(CountDownLatch::countDown);
        subscriptions.forEach(Subscription::close);
    }

    @Test
    void aFreshBrokerIsHealthy() {
        assertThat(queue().isHealthy()).isTrue();
    }

    @Test
    void aMessagePublishedBeforeAnyoneSubscribesWaitsAndIsDeliveredLater() {
        String name = newQueue();
        Message message = command("waiting");
        queue().publish(name, message);

        eventually().untilAsserted(() ->
                assertThat(queue().queue(name)).map(QueueInfo::size).contains(1L));

        Recorder recorder = new Recorder();
        subscribe(name, 1, recorder);

        recorder.awaitCount(1);
        assertThat(recorder.messages()).containsExactly(message);
    }

    @Test
    void competingConsumersGetEveryMessageExactlyOnceBetweenThem() {
        String name = newQueue();
        Recorder first = new Recorder();
        Recorder second = new Recorder();
        subscribe(name, 1, first);
        subscribe(name, 1, second);
        List<Message> sent = IntStream.range(0, 100).mapToObj(i -> command("job-" + i)).toList();

        sent.forEach(m -> queue().publish(name, m));

        eventually().until(() -> first.count() + second.count() >= 100);
        List<Message> received = new ArrayList<>(first.messages());
        received.addAll(second.messages());
        assertThat(received).hasSize(100).containsExactlyInAnyOrderElementsOf(sent);
    }

    @Test
    void aSubscriptionRunsItsConsumersInParallel() throws InterruptedException {
        String name = newQueue();
        CountDownLatch allStarted = new CountDownLatch(3);
        CountDownLatch release = gate();
        subscribe(name, 3, m -> {
            allStarted.countDown();
            release.await();
        });

        IntStream.range(0, 3).forEach(i -> queue().publish(name, command("parallel-" + i)));

        assertThat(allStarted.await(PATIENCE.toSeconds(), TimeUnit.SECONDS))
                .as("three handlers running at the same time").isTrue();
    }

    @Test
    void higherPrioritiesAreDeliveredFirst() throws InterruptedException {
        String name = newQueue();
        Blocker blocker = new Blocker(gate());
        subscribe(name, 1, blocker);
        Message first = taskMessage(0);
        queue().publish(name, first);
        blocker.awaitBlocked();

        Message low = taskMessage(1);
        Message high = taskMessage(9);
        Message middle = taskMessage(5);
        queue().publish(name, low);
        queue().publish(name, high);
        queue().publish(name, middle);
        eventually().untilAsserted(() ->
                assertThat(queue().queue(name)).map(QueueInfo::size).contains(3L));
        blocker.release();

        blocker.recorder.awaitCount(4);
        assertThat(blocker.recorder.messages()).containsExactly(first, high, middle, low);
    }

    @Test
    void messagesOfEqualPriorityAreDeliveredInPublishingOrder() {
        String name = newQueue();
        List<Message> sent = IntStream.range(0, 20).mapToObj(i -> command("ordered-" + i)).toList();
        sent.forEach(m -> queue().publish(name, m));
        Recorder recorder = new Recorder();

        subscribe(name, 1, recorder);

        recorder.awaitCount(20);
        assertThat(recorder.messages()).containsExactlyElementsOf(sent);
    }

    @Test
    void handedOverMessagesAreConfirmedAndDeliveredInOrder() {
        String name = newQueue();
        List<Message> sent = IntStream.range(0, 20).mapToObj(i -> command("handed-over-" + i)).toList();

        List<CompletableFuture<Void>> stored = queue().handOver(
                sent.stream().map(m -> new OutgoingMessage(name, m, null)).toList());

        assertThat(stored).hasSize(sent.size());
        assertThat(CompletableFuture.allOf(stored.toArray(CompletableFuture[]::new)))
                .as("the broker confirms every message").succeedsWithin(PATIENCE);
        assertThat(queue().queue(name)).map(QueueInfo::size).contains((long) sent.size());
        Recorder recorder = new Recorder();
        subscribe(name, 1, recorder);
        recorder.awaitCount(sent.size());
        assertThat(recorder.messages()).containsExactlyElementsOf(sent);
    }

    @Test
    void aHandedOverMessageWithADeliveryTimeIsDeliveredNoEarlierThanAsked() {
        String name = newQueue();
        List<Instant> arrivals = new CopyOnWriteArrayList<>();
        Recorder recorder = new Recorder(m -> arrivals.add(Instant.now()));
        subscribe(name, 1, recorder);
        Instant deliverAt = Instant.now().plusMillis(300).truncatedTo(ChronoUnit.MILLIS);
        Message message = command("handed over, delayed");

        List<CompletableFuture<Void>> stored = queue().handOver(List.of(new OutgoingMessage(name, message, deliverAt)));

        assertThat(stored.getFirst()).succeedsWithin(PATIENCE);
        recorder.awaitCount(1);
        assertThat(recorder.messages()).containsExactly(message);
        assertThat(arrivals.getFirst()).isAfterOrEqualTo(deliverAt);
    }

    @Test
    void handingOverNothingSendsNothing() {
        assertThat(queue().handOver(List.of())).isEmpty();
    }

    @Test
    void aDelayedMessageIsDeliveredNoEarlierThanAsked() {
        String name = newQueue();
        List<Instant> arrivals = new CopyOnWriteArrayList<>();
        Recorder recorder = new Recorder(m -> arrivals.add(Instant.now()));
        subscribe(name, 1, recorder);
        Instant deliverAt = Instant.now().plusMillis(300).truncatedTo(ChronoUnit.MILLIS);
        Message message = command("delayed");

        queue().publishAt(name, message, deliverAt);

        recorder.awaitCount(1);
        assertThat(recorder.messages()).containsExactly(message);
        assertThat(arrivals.getFirst()).isAfterOrEqualTo(deliverAt);
    }

    @Test
    void aDelayedMessageWaitsForASubscriberLikeAnyOther() {
        String name = newQueue();
        Message message = command("delayed, then waiting");
        queue().publishAt(name, message, Instant.now().plusMillis(100));

        eventually().untilAsserted(() ->
                assertThat(queue().queue(name)).map(QueueInfo::size).contains(1L));
        Recorder recorder = new Recorder();
        subscribe(name, 1, recorder);

        recorder.awaitCount(1);
        assertThat(recorder.messages()).containsExactly(message);
    }

    @Test
    void aMessageDueInThePastIsDeliveredRightAway() {
        String name = newQueue();
        Recorder recorder = new Recorder();
        subscribe(name, 1, recorder);
        Message message = command("overdue");

        queue().publishAt(name, message, Instant.now().minusSeconds(60));

        recorder.awaitCount(1);
        assertThat(recorder.messages()).containsExactly(message);
    }

    @Test
    void queueInfoCountsWaitingMessagesSubscribersAndMessagesBeingHandled() throws InterruptedException {
        String name = newQueue();
        Blocker blocker = new Blocker(gate());
        subscribe(name, 1, blocker);
        IntStream.range(0, 3).forEach(i -> queue().publish(name, command("counted-" + i)));
        blocker.awaitBlocked();

        eventually().untilAsserted(() -> assertThat(queue().queue(name))
                .contains(new QueueInfo(name, 2, 1, 1)));
        assertThat(queue().queues()).contains(queue().queue(name).orElseThrow());

        blocker.release();
        blocker.recorder.awaitCount(3);
        eventually().untilAsserted(() -> assertThat(queue().queue(name))
                .contains(new QueueInfo(name, 0, 1, 0)));
    }

    @Test
    void subscribersCountEveryConsumerUntilTheirSubscriptionCloses() {
        String name = newQueue();
        Subscription pair = subscribe(name, 2, new Recorder());
        subscribe(name, 1, new Recorder());

        eventually().untilAsserted(() ->
                assertThat(queue().queue(name)).map(QueueInfo::subscribers).contains(3));

        pair.close();

        eventually().untilAsserted(() ->
                assertThat(queue().queue(name)).map(QueueInfo::subscribers).contains(1));
    }

    @Test
    void anUnknownQueueHasNoInfo() {
        assertThat(queue().queue(newQueue())).isEmpty();
    }

    @Test
    void aDeletedQueueIsForgottenWithItsMessages() {
        String name = newQueue();
        queue().publish(name, command("forgotten"));
        eventually().untilAsserted(() ->
                assertThat(queue().queue(name)).map(QueueInfo::size).contains(1L));

        queue().deleteQueue(name);

        assertThat(queue().queue(name)).isEmpty();
        assertThat(queue().queues()).extracting(QueueInfo::name).doesNotContain(name);
        Message fresh = command("after the delete");
        queue().publish(name, fresh);
        Recorder recorder = new Recorder();
        subscribe(name, 1, recorder);
        recorder.awaitCount(1);
        assertThat(recorder.messages()).containsExactly(fresh);
    }

    @Test
    void aHandlerThatThrowsDoesNotStopItsConsumer() {
        String name = newQueue();
        Message poison = command("poison");
        Message next = command("next");
        Recorder recorder = new Recorder(m -> {
            if (m.equals(poison)) throw new IllegalStateException("deliberate failure in a contract test");
        });
        subscribe(name, 1, recorder);

        queue().publish(name, poison);
        queue().publish(name, next);

        eventually().untilAsserted(() -> assertThat(recorder.messages()).contains(next));
    }

    @Test
    void aClosedSubscriptionReceivesNothingMore() {
        String name = newQueue();
        Recorder closed = new Recorder();
        Subscription subscription = subscribe(name, 2, closed);
        Message before = command("before close");
        queue().publish(name, before);
        closed.awaitCount(1);

        subscription.close();
        Message after = command("after close");
        queue().publish(name, after);
        Recorder successor = new Recorder();
        subscribe(name, 1, successor);

        successor.awaitCount(1);
        assertThat(successor.messages()).containsExactly(after);
        assertThat(closed.messages()).containsExactly(before);
    }

    @Test
    void everyKindOfMessageArrivesWithEqualContent() {
        String name = newQueue();
        Task task = TestData.task(newId(), 2, richSpec("rich"), at(5)).toBuilder()
                .each(new EachProgress(3, 1, 2)).progress(42.5).nodeId("node-1").notBefore(at(9))
                .stdoutAsResult(true).build();
        List<Message> sent = List.of(
                new TaskMessage(task),
                new JobCommand(newId(), JobCommandType.RESTART, "because"),
                new JobCommand(newId(), JobCommandType.START, null),
                new Heartbeat(node(newId(), "worker-1", at(7))),
                new LogPart(logPart(task.id(), 3, at(8))));
        Recorder recorder = new Recorder();
        subscribe(name, 1, recorder);

        sent.forEach(m -> queue().publish(name, m));

        recorder.awaitCount(sent.size());
        assertThat(recorder.messages()).containsExactlyInAnyOrderElementsOf(sent);
    }

    /** A fresh task queue name, so tests never share messages even on a shared broker. */
    protected String newQueue() {
        return "contract-" + newId();
    }

    protected Subscription subscribe(String name, int concurrency, MessageHandler handler) {
        Subscription subscription = queue().subscribe(name, concurrency, handler);
        subscriptions.add(subscription);
        return subscription;
    }

    /** A latch opened at the latest when the test ends, so no handler stays blocked. */
    protected CountDownLatch gate() {
        CountDownLatch gate = new CountDownLatch(1);
        gates.add(gate);
        return gate;
    }

    private static Message command(String jobId) {
        return new JobCommand(jobId, JobCommandType.START, null);
    }

    private static Message taskMessage(int priority) {
        TaskSpec spec = TaskSpec.builder().name("p" + priority).image("busybox").priority(priority).build();
        return new TaskMessage(Task.pending(newId(), newId(), null, 1, spec, at(0)));
    }

    /** Records what it handles, in order; can run a side effect first (which may throw). */
    protected static final class Recorder implements MessageHandler {
        private final List<Message> messages = new CopyOnWriteArrayList<>();
        private final MessageHandler before;

        public Recorder() {
            this(m -> { });
        }

        public Recorder(MessageHandler before) {
            this.before = before;
        }

        @Override
        public void handle(Message message) throws Exception {
            before.handle(message);
            messages.add(message);
        }

        public List<Message> messages() {
            return List.copyOf(messages);
        }

        public int count() {
            return messages.size();
        }

        public void awaitCount(int expected) {
            eventually().until(() -> messages.size() >= expected);
            assertThat(new HashSet<>(messages)).as("no message delivered twice").hasSize(messages.size());
        }
    }

    /** Blocks on the first message it gets until released; records everything. */
    private static final class Blocker implements MessageHandler {
        private final CountDownLatch blocked = new CountDownLatch(1);
        private final CountDownLatch gate;
        private final AtomicBoolean first = new AtomicBoolean(true);
        private final Recorder recorder = new Recorder();

        Blocker(CountDownLatch gate) {
            this.gate = gate;
        }

        @Override
        public void handle(Message message) throws Exception {
            recorder.handle(message);
            if (first.getAndSet(false)) {
                blocked.countDown();
                gate.await();
            }
        }

        void awaitBlocked() throws InterruptedException {
            assertThat(blocked.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).as("handler got a message").isTrue();
        }

        void release() {
            gate.countDown();
        }
    }
}
