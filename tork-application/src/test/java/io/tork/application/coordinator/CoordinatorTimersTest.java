package io.tork.application.coordinator;

import static io.tork.application.testing.Harness.eventually;
import static io.tork.application.testing.Specs.job;
import static io.tork.application.testing.Specs.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tork.application.common.QueueNames;
import io.tork.application.common.TaskRenderer;
import io.tork.application.port.out.DistributedLock;
import io.tork.application.port.out.Message.Heartbeat;
import io.tork.application.port.out.Message.TaskMessage;
import io.tork.application.port.out.StoreException;
import io.tork.application.testing.Harness;
import io.tork.application.testing.InProcessLock;
import io.tork.application.testing.MutableClock;
import io.tork.application.testing.SimpleExpressions;
import io.tork.domain.job.Job;
import io.tork.domain.node.Node;
import io.tork.domain.node.NodeStatus;
import io.tork.domain.task.Task;
import io.tork.domain.task.TaskState;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The coordinator sweeps for lost workers by itself once {@link Coordinator#startRecovery} was called. */
class CoordinatorTimersTest {
    private static final Duration INTERVAL = Duration.ofMillis(20);
    private static final String LOST = "node-lost";

    private final Harness harness = Harness.builder().withoutWorker().start();
    private final Coordinator secondCoordinator = new Coordinator(services());
    private Job job;
    private Task lostAttempt;

    @BeforeEach
    void aTaskRunsOnAWorkerThatFellSilent() {
        job = harness.submit(job(task("first").build()));
        Node node = new Node(LOST, "lost", "worker", MutableClock.START, harness.clock().instant(), 0,
                QueueNames.privateQueueOf(LOST), NodeStatus.UP, "host", 0, 1, "test");
        harness.queue().publish(QueueNames.HEARTBEAT, new Heartbeat(node));
        Task scheduled = harness.queue().tasksPublishedTo("default").getFirst();
        lostAttempt = scheduled.start(LOST, harness.clock().instant());
        harness.queue().publish(QueueNames.STARTED, new TaskMessage(lostAttempt));
        harness.advanceClock(Duration.ofMinutes(1));
    }

    @AfterEach
    void stop() {
        secondCoordinator.close();
        harness.close();
    }

    @Test
    void theCoordinatorHandsTheTaskOverWithoutBeingAsked() {
        secondCoordinator.startRecovery(new InProcessLock(), INTERVAL);
        watchForThreeIntervals();

        eventually().until(() -> harness.execution(job.id()).size() == 2);
        assertThat(harness.reading().task(lostAttempt.id()).state()).isEqualTo(TaskState.FAILED);
        assertThat(harness.execution(job.id()).getLast().attempt()).isEqualTo(2);
    }

    @Test
    void aFailingSweepDoesNotStopLaterOnes() {
        AtomicInteger calls = new AtomicInteger();
        InProcessLock working = new InProcessLock();
        DistributedLock flaky = key -> {
            if (calls.incrementAndGet() <= 2) throw new StoreException("lock backend down", true, null);
            return working.tryAcquire(key);
        };
        secondCoordinator.startRecovery(flaky, INTERVAL);
        watchForThreeIntervals();

        eventually().until(() -> harness.execution(job.id()).size() == 2);
        assertThat(calls.get()).isGreaterThan(2);
    }

    @Test
    void recoveryStartsOnlyOnce() {
        secondCoordinator.startRecovery(key -> Optional.empty(), INTERVAL);

        assertThatThrownBy(() -> secondCoordinator.startRecovery(new InProcessLock(), INTERVAL))
                .isInstanceOf(IllegalStateException.class);
    }

    /** A coordinator judges only the silence it watched itself. */
    private void watchForThreeIntervals() {
        harness.advanceClock(INTERVAL.multipliedBy(4));
    }

    private CoordinatorServices services() {
        return new CoordinatorServices(harness.stores().stores(), harness.queue(), harness.events(),
                new TaskRenderer(new SimpleExpressions()), harness.ids(), harness.clock());
    }
}
