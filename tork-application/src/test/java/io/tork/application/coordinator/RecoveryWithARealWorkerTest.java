package io.tork.application.coordinator;

import static io.tork.application.testing.Specs.job;
import static io.tork.application.testing.Specs.task;
import static org.assertj.core.api.Assertions.assertThat;

import io.tork.application.common.QueueNames;
import io.tork.application.common.TaskRenderer;
import io.tork.application.port.out.Message.Heartbeat;
import io.tork.application.testing.Harness;
import io.tork.application.testing.InProcessLock;
import io.tork.application.testing.MutableClock;
import io.tork.application.testing.SimpleExpressions;
import io.tork.domain.job.Job;
import io.tork.domain.job.JobState;
import io.tork.domain.node.Node;
import io.tork.domain.node.NodeStatus;
import io.tork.domain.task.Task;
import io.tork.domain.task.TaskState;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The sweep against the harness's real worker, whose task blocks in the runtime until the test releases it. */
class RecoveryWithARealWorkerTest {
    private static final Duration INTERVAL = Duration.ofSeconds(10);
    private final Harness harness = Harness.start();
    private final LostWorkerRecovery recovery = new LostWorkerRecovery(new CoordinatorServices(
            harness.stores().stores(), harness.queue(), harness.events(), new TaskRenderer(new SimpleExpressions()),
            harness.ids(), harness.clock()), new InProcessLock(), INTERVAL);

    @AfterEach
    void stop() {
        harness.runtime().release("long");
        harness.close();
    }

    @Test
    void aTaskRunningForHoursOnAWorkerThatKeepsBeatingRunsOnce() {
        harness.runtime().on("long").blocksThenReturns("finally");
        Job job = harness.submit(job(task("long").build()));
        harness.awaitTask(job.id(), "long", TaskState.RUNNING);

        for (int i = 0; i < 360; i++) {
            harness.advanceClock(INTERVAL);
            beat();
            recovery.runOnce();
        }
        assertThat(harness.attempts(job.id(), "long")).singleElement()
                .satisfies(t -> assertThat(t.state()).isEqualTo(TaskState.RUNNING));
        harness.runtime().release("long");

        Job done = harness.awaitEnd(job.id());
        assertThat(done.state()).isEqualTo(JobState.COMPLETED);
        assertThat(harness.attempts(job.id(), "long")).singleElement()
                .satisfies(t -> assertThat(t.result()).isEqualTo("finally"));
        assertThat(harness.runtime().invocationsOf("long")).singleElement()
                .satisfies(run -> assertThat(run.wasInterrupted()).isFalse());
    }

    @Test
    void theLateCompletionOfAnAttemptHandedOverChangesNothingAndTheNewAttemptFinishesTheJob() {
        harness.runtime().on("long").blocksThenReturns("from the old attempt").returns("from the new attempt");
        Job job = harness.submit(job(task("long").build()));
        Task old = harness.awaitTask(job.id(), "long", TaskState.RUNNING);

        harness.advanceClock(INTERVAL.multipliedBy(4));
        recovery.runOnce();
        assertThat(harness.reading().task(old.id()).state()).isEqualTo(TaskState.FAILED);
        harness.runtime().release("long");

        Job done = harness.awaitEnd(job.id());
        assertThat(done.state()).isEqualTo(JobState.COMPLETED);
        assertThat(harness.attempts(job.id(), "long")).extracting(Task::state, Task::result).containsExactly(
                org.assertj.core.groups.Tuple.tuple(TaskState.FAILED, null),
                org.assertj.core.groups.Tuple.tuple(TaskState.COMPLETED, "from the new attempt"));
        assertThat(harness.reading().task(old.id()).result()).isNull();
    }

    /** What the worker's heartbeat timer would send now (it beats only once an hour in the harness). */
    private void beat() {
        harness.queue().publish(QueueNames.HEARTBEAT, new Heartbeat(new Node(Harness.WORKER_ID, "worker-one", "worker",
                MutableClock.START, harness.clock().instant(), 1, QueueNames.privateQueueOf(Harness.WORKER_ID),
                NodeStatus.UP, "host", 0, 1, "test")));
    }
}
