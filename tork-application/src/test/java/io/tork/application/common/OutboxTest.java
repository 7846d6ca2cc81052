package io.tork.application.common;

import static io.tork.application.testing.Harness.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tork.application.port.out.Message;
import io.tork.application.port.out.Message.JobCommand;
import io.tork.application.port.out.Message.JobCommandType;
import io.tork.application.port.out.MessageHandler;
import io.tork.application.port.out.MessageQueue;
import io.tork.application.port.out.OutboxEntry;
import io.tork.application.port.out.OutgoingMessage;
import io.tork.application.port.out.QueueInfo;
import io.tork.application.port.out.StoreException;
import io.tork.application.port.out.Subscription;
import io.tork.application.testing.FakeStores;
import io.tork.application.testing.MutableClock;
import io.tork.application.testing.RecordingEventBus;
import io.tork.application.testing.SequentialIds;
import io.tork.domain.job.Job;
import io.tork.domain.job.JobKind;
import io.tork.domain.spec.JobSpec;
import io.tork.domain.spec.TaskSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The transactional outbox: kept with the transaction, sent after it, relayed when the sending never happened. */
class OutboxTest {
    private static final Duration GRACE = Duration.ofSeconds(5);
    private final MutableClock clock = new MutableClock();
    private final FakeStores stores = new FakeStores();
    private final Broker broker = new Broker();
    private final TransactionalWork work = new TransactionalWork(stores.stores(), broker, new RecordingEventBus(),
            new SequentialIds(), clock);
    private final OutboxRelay relay = new OutboxRelay(stores.outbox(), broker, clock, GRACE);

    @Test
    void messagesAreSentAfterTheCommitAndThenForgotten() {
        work.run(out -> {
            stores.jobs().create(job("j1"));
            out.send("jobs", start("j1"));
            assertThat(broker.sent).as("nothing is sent before the commit").isEmpty();
        });

        assertThat(broker.sent).containsExactly(new Sent("jobs", start("j1"), null));
        assertThat(keptNow()).isEmpty();
    }

    @Test
    void aRolledBackTransactionKeepsAndSendsNothing() {
        assertThatThrownBy(() -> work.run(out -> {
            stores.jobs().create(job("j1"));
            out.send("jobs", start("j1"));
            throw new StoreException("the database went away", true, null);
        })).isInstanceOf(StoreException.class);

        assertThat(broker.sent).isEmpty();
        assertThat(keptNow()).isEmpty();
        assertThat(stores.jobs().find("j1")).isEmpty();
    }

    @Test
    void messagesTheBrokerRefusedStayKeptAndTheRelaySendsThemInOrderAfterTheGracePeriod() {
        broker.refusing = true;
        work.run(out -> {
            stores.jobs().create(job("j1"));
            out.send("jobs", start("j1"));
            out.sendAt("jobs", timeOut("j1"), clock.instant().plusSeconds(60));
        });
        assertThat(broker.sent).isEmpty();
        assertThat(keptNow()).hasSize(2);

        broker.refusing = false;
        assertThat(relay.relayOnce()).as("within the grace period the live process may still be sending").isZero();

        clock.advance(GRACE.plusSeconds(1));
        assertThat(relay.relayOnce()).isEqualTo(2);
        assertThat(broker.sent).containsExactly(new Sent("jobs", start("j1"), null),
                new Sent("jobs", timeOut("j1"), MutableClock.START.plusSeconds(60)));
        assertThat(keptNow()).isEmpty();
        assertThat(relay.relayOnce()).isZero();
    }

    @Test
    void aRefusedMessageHoldsBackTheOnesDecidedAfterIt() {
        broker.refuseAfter = 1;
        work.run(out -> {
            out.send("jobs", start("a"));
            out.send("jobs", start("b"));
            out.send("jobs", start("c"));
        });
        assertThat(broker.sent).extracting(Sent::message).containsExactly(start("a"));
        assertThat(keptNow()).extracting(OutboxEntry::message).containsExactly(start("b"), start("c"));

        broker.refuseAfter = Integer.MAX_VALUE;
        clock.advance(GRACE.plusSeconds(1));
        relay.relayOnce();
        assertThat(broker.sent).extracting(Sent::message).containsExactly(start("a"), start("b"), start("c"));
    }

    @Test
    void theRelaySendsMoreThanOneBatch() {
        broker.refusing = true;
        int count = OutboxRelay.BATCH + 3;
        work.run(out -> {
            for (int i = 0; i < count; i++) out.send("jobs", start("j" + i));
        });
        broker.refusing = false;
        clock.advance(GRACE.plusSeconds(1));

        assertThat(relay.relayOnce()).isEqualTo(count);
        assertThat(broker.sent).hasSize(count);
        assertThat(broker.sent.getLast().message()).isEqualTo(start("j" + (count - 1)));
    }

    @Test
    void aJobIsAcceptedWhileTheBrokerIsDownAndStartedByTheRelay() {
        broker.refusing = true;
        var submission = new io.tork.application.job.JobSubmission(stores.stores(), broker,
                new io.tork.application.testing.SimpleExpressions(), new SequentialIds(), clock, true);

        Job accepted = submission.submitTask(TaskSpec.builder().name("t").image("busybox").run("true").build());

        assertThat(stores.jobs().find(accepted.id())).isPresent();
        assertThat(keptNow()).extracting(OutboxEntry::message).containsExactly(start(accepted.id()));
        broker.refusing = false;
        clock.advance(GRACE.plusSeconds(1));
        relay.relayOnce();
        assertThat(broker.sent).extracting(Sent::message).containsExactly(start(accepted.id()));
    }

    @Test
    void anEntryStaysKeptUntilTheBrokerConfirmsItStoredTheMessage() {
        ConfirmingLater broker = new ConfirmingLater();
        TransactionalWork confirmedLater = new TransactionalWork(stores.stores(), broker, new RecordingEventBus(),
                new SequentialIds(), clock);

        confirmedLater.run(out -> out.send("jobs", start("j1")));
        assertThat(broker.confirmations).hasSize(1);
        assertThat(keptNow()).as("sent but not yet stored by the broker").hasSize(1);

        broker.confirmations.getFirst().complete(null);
        eventually().untilAsserted(() -> assertThat(keptNow()).isEmpty());
    }

    @Test
    void anEntryTheBrokerFailsToStoreStaysKeptForTheRelay() {
        ConfirmingLater broker = new ConfirmingLater();
        TransactionalWork confirmedLater = new TransactionalWork(stores.stores(), broker, new RecordingEventBus(),
                new SequentialIds(), clock);

        confirmedLater.run(out -> out.send("jobs", start("j1")));
        broker.confirmations.getFirst().completeExceptionally(new IllegalStateException("the journal is full"));

        assertThat(keptNow()).extracting(OutboxEntry::message).containsExactly(start("j1"));
        clock.advance(GRACE.plusSeconds(1));
        assertThat(relay.relayOnce()).isEqualTo(1);
        assertThat(this.broker.sent).extracting(Sent::message).containsExactly(start("j1"));
        assertThat(keptNow()).isEmpty();
    }

    private List<OutboxEntry> keptNow() {
        return stores.outbox().keptBefore(Instant.MAX, Integer.MAX_VALUE);
    }

    private Job job(String id) {
        return Job.submitted(id, JobKind.JOB,
                JobSpec.of("job", List.of(TaskSpec.builder().name("t").image("busybox").build())), clock.instant());
    }

    private static JobCommand start(String jobId) {
        return new JobCommand(jobId, JobCommandType.START, null);
    }

    private static JobCommand timeOut(String jobId) {
        return new JobCommand(jobId, JobCommandType.TIME_OUT, "too slow");
    }

    private record Sent(String queue, Message message, Instant deliverAt) {
    }

    /** Takes every message at once and confirms that it stored it only when the test says so. */
    private static final class ConfirmingLater extends Broker {
        final List<CompletableFuture<Void>> confirmations = new CopyOnWriteArrayList<>();

        @Override
        public List<CompletableFuture<Void>> handOver(List<OutgoingMessage> messages) {
            List<CompletableFuture<Void>> stages = messages.stream().map(m -> new CompletableFuture<Void>()).toList();
            confirmations.addAll(stages);
            return stages;
        }
    }

    /** Records what it takes; refuses everything, or everything after a number of messages, like a broker going down. */
    private static class Broker implements MessageQueue {
        final List<Sent> sent = new CopyOnWriteArrayList<>();
        volatile boolean refusing;
        volatile int refuseAfter = Integer.MAX_VALUE;

        @Override
        public void publish(String queue, Message message) {
            take(new Sent(queue, message, null));
        }

        @Override
        public void publishAt(String queue, Message message, Instant deliverAt) {
            take(new Sent(queue, message, deliverAt));
        }

        private void take(Sent message) {
            if (refusing || sent.size() >= refuseAfter) throw new IllegalStateException("the broker is unreachable");
            sent.add(message);
        }

        @Override
        public Subscription subscribe(String queue, int concurrency, MessageHandler handler) {
            throw new IllegalStateException("nothing consumes in this test");
        }

        @Override
        public List<QueueInfo> queues() {
            return List.of();
        }

        @Override
        public Optional<QueueInfo> queue(String name) {
            return Optional.empty();
        }

        @Override
        public void deleteQueue(String name) {
        }

        @Override
        public boolean isHealthy() {
            return !refusing;
        }
    }
}
