package io.tork.application.coordinator;

import static io.tork.application.testing.Specs.job;
import static io.tork.application.testing.Specs.task;
import static org.assertj.core.api.Assertions.assertThat;

import io.tork.application.common.Events;
import io.tork.application.common.QueueNames;
import io.tork.application.common.TaskRenderer;
import io.tork.application.port.out.DistributedLock;
import io.tork.application.port.out.Message.Heartbeat;
import io.tork.application.port.out.Message.TaskMessage;
import io.tork.application.testing.Harness;
import io.tork.application.testing.InProcessLock;
import io.tork.application.testing.MutableClock;
import io.tork.application.testing.SimpleExpressions;
import io.tork.domain.job.Job;
import io.tork.domain.job.JobState;
import io.tork.domain.node.Node;
import io.tork.domain.node.NodeStatus;
import io.tork.domain.spec.ParallelSpec;
import io.tork.domain.spec.RetryPolicy;
import io.tork.domain.spec.TaskSpec;
import io.tork.domain.task.Task;
import io.tork.domain.task.TaskState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Tasks of a worker that stopped sending heartbeats go to another worker. No worker runs here: the tests play
 * the workers (their heartbeats and reports), move the clock, and run the sweep by hand.
 */
class LostWorkerRecoveryTest {
    private static final Duration INTERVAL = Duration.ofSeconds(10);
    private static final String LOST = "node-lost";
    private static final String OTHER = "node-other";

    private final Harness harness = Harness.builder().withoutWorker().start();
    private final InProcessLock lock = new InProcessLock();
    private final LostWorkerRecovery recovery = recoveryWith(lock);

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void aTaskOfAWorkerSilentForThreeIntervalsGetsANewAttemptAndTheJobCompletesOnAnotherWorker() {
        Job job = harness.submit(job(task("first").build(), task("second").build()));
        beat(LOST);
        Task lostAttempt = start(scheduledTask(0), LOST);

        passIntervals(3);
        recovery.runOnce();
        assertThat(stored(lostAttempt).state()).as("silent for exactly three intervals: not lost yet")
                .isEqualTo(TaskState.RUNNING);

        pass(Duration.ofSeconds(1));
        assertThat(recovery.runOnce()).isTrue();

        Task failed = stored(lostAttempt);
        assertThat(failed.state()).isEqualTo(TaskState.FAILED);
        assertThat(failed.error()).isEqualTo("worker worker-node-lost (node-lost) stopped sending heartbeats");
        Task next = scheduledTask(1);
        assertThat(next.id()).isNotEqualTo(lostAttempt.id());
        assertThat(next.attempt()).isEqualTo(2);
        assertThat(next.spec().name()).isEqualTo("first");
        assertThat(harness.queue().tasksPublishedTo(QueueNames.PENDING)).extracting(Task::id).contains(next.id());
        assertThat(harness.stores().nodes().find(LOST).orElseThrow().status()).isEqualTo(NodeStatus.OFFLINE);
        assertThat(harness.job(job.id()).state().isActive()).isTrue();

        complete(start(next, OTHER), "done elsewhere");
        complete(start(scheduledTask(2), OTHER), "second done");

        Job done = harness.job(job.id());
        assertThat(done.state()).isEqualTo(JobState.COMPLETED);
        assertThat(harness.execution(job.id())).extracting(t -> t.spec().name(), Task::state, Task::attempt)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("first", TaskState.FAILED, 1),
                        org.assertj.core.groups.Tuple.tuple("first", TaskState.COMPLETED, 2),
                        org.assertj.core.groups.Tuple.tuple("second", TaskState.COMPLETED, 1));
    }

    @Test
    void aLostWorkerIsNotTheTasksFaultSoTheRetryLimitDoesNotApply() {
        Job job = harness.submit(job(task("one retry").retry(new RetryPolicy(1, null, null)).build()));
        beat("node-1");
        Task firstLost = start(scheduledTask(0), "node-1");
        loseWorkers();
        beat("node-2");
        start(scheduledTask(1), "node-2");

        loseWorkers();

        assertThat(stored(firstLost).state()).isEqualTo(TaskState.FAILED);
        assertThat(scheduledTask(2).attempt()).isEqualTo(3);
        assertThat(harness.job(job.id()).state().isActive()).isTrue();
    }

    @Test
    void onlyTheSilentWorkersTasksMove() {
        Job job = harness.submit(job(TaskSpec.builder().name("both").parallel(new ParallelSpec(List.of(
                task("on lost").build(), task("on other").build()))).build()));
        beat(LOST);
        Task onLost = start(scheduledTaskNamed("on lost"), LOST);
        Task onOther = start(scheduledTaskNamed("on other"), OTHER);

        loseWorkers();

        assertThat(stored(onLost).state()).isEqualTo(TaskState.FAILED);
        assertThat(stored(onOther).state()).isEqualTo(TaskState.RUNNING);
        Task again = harness.latestTask(job.id(), "on lost").orElseThrow();
        assertThat(again.attempt()).isEqualTo(2);
        assertThat(again.parentId()).isEqualTo(onLost.parentId());

        complete(onOther, "b");
        complete(start(again, OTHER), "a");
        assertThat(harness.job(job.id()).state()).isEqualTo(JobState.COMPLETED);
    }

    @Test
    void lateReportsFromTheLostWorkerAboutItsOldAttemptChangeNothing() {
        Job job = harness.submit(job(task("first").build(), task("second").build()));
        beat(LOST);
        Task lostAttempt = start(scheduledTask(0), LOST);
        loseWorkers();
        Task next = scheduledTask(1);

        complete(lostAttempt, "late result");
        report(QueueNames.ERROR, lostAttempt.fail("late failure", now()));
        report(QueueNames.PROGRESS, lostAttempt.withProgress(50));

        Task old = stored(lostAttempt);
        assertThat(old.state()).isEqualTo(TaskState.FAILED);
        assertThat(old.result()).isNull();
        assertThat(old.error()).contains("stopped sending heartbeats");
        assertThat(stored(next).state()).isEqualTo(TaskState.SCHEDULED);
        assertThat(harness.job(job.id()).position()).isEqualTo(1);
        assertThat(harness.job(job.id()).state().isActive()).isTrue();
        assertThat(harness.execution(job.id())).hasSize(2);
    }

    @Test
    void aLateStartOfTheOldAttemptIsAnsweredWithACancellationToTheLostWorker() {
        harness.submit(job(task("first").build()));
        beat(LOST);
        Task scheduled = scheduledTask(0);
        start(scheduled, LOST);
        loseWorkers();

        report(QueueNames.STARTED, scheduled.start(LOST, now()));

        assertThat(harness.queue().tasksPublishedTo(QueueNames.privateQueueOf(LOST))).singleElement().satisfies(t -> {
            assertThat(t.id()).isEqualTo(scheduled.id());
            assertThat(t.state()).isEqualTo(TaskState.CANCELLED);
        });
        assertThat(stored(scheduled).state()).isEqualTo(TaskState.FAILED);
    }

    @Test
    void aWorkerThatKeepsBeatingKeepsItsTaskHoweverLongItRuns() {
        Job job = harness.submit(job(task("long").build()));
        Task running = start(scheduledTask(0), OTHER);

        for (int i = 0; i < 100; i++) {
            pass(INTERVAL);
            beat(OTHER);
            recovery.runOnce();
        }

        assertThat(stored(running).state()).isEqualTo(TaskState.RUNNING);
        assertThat(harness.execution(job.id())).hasSize(1);
        assertThat(harness.stores().nodes().find(OTHER).orElseThrow().status()).isEqualTo(NodeStatus.UP);
        complete(running, "finally");
        assertThat(harness.job(job.id()).state()).isEqualTo(JobState.COMPLETED);
    }

    @Test
    void aWorkerHeardAgainBeforeTheSweepKeepsItsTasks() {
        Job job = harness.submit(job(task("first").build()));
        beat(LOST);
        Task running = start(scheduledTask(0), LOST);
        passIntervals(5);

        beat(LOST);
        recovery.runOnce();

        assertThat(stored(running).state()).isEqualTo(TaskState.RUNNING);
        assertThat(harness.execution(job.id())).hasSize(1);
    }

    @Test
    void whileTheBrokerIsDownNobodyIsDeclaredLost() {
        Job job = harness.submit(job(task("first").build()));
        beat(LOST);
        Task running = start(scheduledTask(0), LOST);
        passIntervals(4);
        harness.queue().setHealthy(false);

        assertThat(recovery.runOnce()).isFalse();

        assertThat(stored(running).state()).isEqualTo(TaskState.RUNNING);
        assertThat(harness.execution(job.id())).hasSize(1);
        harness.queue().setHealthy(true);
        assertThat(recovery.runOnce()).as("heartbeats the broker could not carry are waited for afresh").isFalse();
        assertThat(harness.execution(job.id())).hasSize(1);

        passIntervals(3);
        pass(Duration.ofSeconds(1));
        assertThat(recovery.runOnce()).isTrue();
        assertThat(harness.execution(job.id())).hasSize(2);
    }

    @Test
    void aCoordinatorStartedAfterTheLastHeartbeatFirstWatchesForThreeIntervals() {
        Job job = harness.submit(job(task("first").build()));
        beat(LOST);
        Task running = start(scheduledTask(0), LOST);
        passIntervals(10);
        LostWorkerRecovery restarted = recoveryWith(lock);

        assertThat(restarted.runOnce()).isFalse();
        passIntervals(2);
        assertThat(restarted.runOnce()).isFalse();
        assertThat(stored(running).state()).isEqualTo(TaskState.RUNNING);

        passIntervals(1);
        pass(Duration.ofSeconds(1));
        assertThat(restarted.runOnce()).isTrue();
        assertThat(stored(running).state()).isEqualTo(TaskState.FAILED);
        assertThat(harness.execution(job.id())).hasSize(2);
    }

    @Test
    void nobodyIsDeclaredLostWhileHeartbeatsWaitUnread() {
        Job job = harness.submit(job(task("first").build()));
        beat(LOST);
        Task running = start(scheduledTask(0), LOST);
        passIntervals(4);
        LostWorkerRecovery withBacklog = new LostWorkerRecovery(new CoordinatorServices(harness.stores().stores(),
                new UnreadHeartbeats(harness.queue()), harness.events(), new TaskRenderer(new SimpleExpressions()),
                harness.ids(), harness.clock()), lock, INTERVAL);
        passIntervals(4);

        assertThat(withBacklog.runOnce()).isFalse();
        assertThat(stored(running).state()).isEqualTo(TaskState.RUNNING);
        assertThat(harness.execution(job.id())).hasSize(1);
    }

    /** The harness's broker, except that heartbeats always seem to be waiting on their queue. */
    private record UnreadHeartbeats(io.tork.application.port.out.MessageQueue delegate)
            implements io.tork.application.port.out.MessageQueue {
        @Override
        public void publish(String queue, io.tork.application.port.out.Message message) {
            delegate.publish(queue, message);
        }

        @Override
        public void publishAt(String queue, io.tork.application.port.out.Message message, Instant deliverAt) {
            delegate.publishAt(queue, message, deliverAt);
        }

        @Override
        public io.tork.application.port.out.Subscription subscribe(String queue, int concurrency,
                                                                   io.tork.application.port.out.MessageHandler handler) {
            return delegate.subscribe(queue, concurrency, handler);
        }

        @Override
        public List<io.tork.application.port.out.QueueInfo> queues() {
            return delegate.queues();
        }

        @Override
        public java.util.Optional<io.tork.application.port.out.QueueInfo> queue(String name) {
            return QueueNames.HEARTBEAT.equals(name)
                    ? java.util.Optional.of(new io.tork.application.port.out.QueueInfo(name, 3, 1, 0))
                    : delegate.queue(name);
        }

        @Override
        public void deleteQueue(String name) {
            delegate.deleteQueue(name);
        }

        @Override
        public boolean isHealthy() {
            return delegate.isHealthy();
        }
    }

    @Test
    void whileAnotherCoordinatorHoldsTheLockThisOneDoesNothing() {
        Job job = harness.submit(job(task("first").build()));
        beat(LOST);
        Task running = start(scheduledTask(0), LOST);
        passIntervals(4);
        DistributedLock.Lock other = lock.tryAcquire(LostWorkerRecovery.LOCK_KEY).orElseThrow();

        assertThat(recovery.runOnce()).isFalse();

        assertThat(stored(running).state()).isEqualTo(TaskState.RUNNING);
        assertThat(harness.execution(job.id())).hasSize(1);
        assertThat(harness.stores().nodes().find(LOST).orElseThrow().status()).isEqualTo(NodeStatus.UP);
        other.close();
        assertThat(recovery.runOnce()).isTrue();
        assertThat(harness.execution(job.id())).hasSize(2);
        assertThat(lock.isHeld(LostWorkerRecovery.LOCK_KEY)).as("released after the sweep").isFalse();
    }

    @Test
    void twoCoordinatorsSweepingAtOnceHandTheTaskOverOnce() {
        LostWorkerRecovery secondCoordinator = recoveryWith(lock);
        Job job = harness.submit(job(task("first").build()));
        beat(LOST);
        Task running = start(scheduledTask(0), LOST);
        passIntervals(4);
        boolean[] secondActed = new boolean[1];
        lock.onNextAcquisition(() -> secondActed[0] = secondCoordinator.runOnce());

        assertThat(recovery.runOnce()).isTrue();
        assertThat(secondActed[0]).isFalse();
        assertThat(secondCoordinator.runOnce()).as("a later sweep finds nothing left to do").isTrue();

        assertThat(stored(running).state()).isEqualTo(TaskState.FAILED);
        assertThat(harness.execution(job.id())).extracting(Task::attempt).containsExactly(1, 2);
        assertThat(harness.queue().tasksPublishedTo(QueueNames.PENDING)).filteredOn(t -> t.attempt() == 2).hasSize(1);
    }

    @Test
    void evenWithoutTheLockATaskIsHandedOverOnlyOnce() {
        Job job = harness.submit(job(task("first").build()));
        beat(LOST);
        start(scheduledTask(0), LOST);
        passIntervals(4);
        LostWorkerRecovery unlocked = recoveryWith(key -> java.util.Optional.of(new DistributedLock.Lock() {
            @Override
            public String key() {
                return key;
            }

            @Override
            public void close() {
            }
        }));
        Node lostNode = harness.stores().nodes().find(LOST).orElseThrow();

        recovery.runOnce();
        // the other coordinator saw the node silent before the first one marked it OFFLINE
        new LostTaskReassignment(services(), new JobLifecycle(services(), new TaskFactory(services()),
                new ContainerScheduling(services())))
                .reassign(lostNode, scheduledTask(0).id(), now().minus(INTERVAL.multipliedBy(3)));
        unlocked.runOnce();

        assertThat(harness.execution(job.id())).extracting(Task::attempt).containsExactly(1, 2);
    }

    @Test
    void aTaskThatLosesItsWorkerASixthTimeFailsItsJob() {
        Job job = harness.submit(job(task("killer").build(), task("never").build()));
        for (int i = 1; i <= LostTaskReassignment.MAX_RECOVERIES; i++) {
            String node = "node-" + i;
            beat(node);
            start(scheduledTask(i - 1), node);
            loseWorkers();
            assertThat(harness.job(job.id()).state().isActive()).isTrue();
        }
        assertThat(harness.attempts(job.id(), "killer")).hasSize(6);
        beat("node-6");
        start(scheduledTask(5), "node-6");

        loseWorkers();

        Job failed = harness.job(job.id());
        assertThat(failed.state()).isEqualTo(JobState.FAILED);
        assertThat(failed.error()).isEqualTo("worker worker-node-6 (node-6) stopped sending heartbeats; task killer "
                + "already went to another worker 5 times, giving up");
        assertThat(harness.attempts(job.id(), "killer")).hasSize(6)
                .allSatisfy(t -> assertThat(t.state()).isEqualTo(TaskState.FAILED));
        assertThat(harness.attempts(job.id(), "never")).isEmpty();
        assertThat(harness.events().topicsOf(job.id())).containsExactly(Events.JOB_FAILED);
    }

    @Test
    void ordinaryRetriesDoNotCountAsRecoveries() {
        Job job = harness.submit(job(task("flaky").retry(new RetryPolicy(10, null, null)).build()));
        int sent = 0;
        for (int i = 1; i < LostTaskReassignment.MAX_RECOVERIES; i++) {
            String node = "node-" + i;
            beat(node);
            start(scheduledTask(sent++), node);
            loseWorkers();
            Task retried = start(scheduledTask(sent++), OTHER);
            report(QueueNames.ERROR, retried.fail("exit code 1", now()));
        }
        beat("node-last");
        start(scheduledTask(sent++), "node-last");

        loseWorkers();

        assertThat(harness.job(job.id()).state().isActive()).as("a fifth recovery, after four retries").isTrue();
        assertThat(scheduledTask(sent).attempt()).isEqualTo(10);
    }

    @Test
    void recoveriesDoNotUseUpTheTasksRetries() {
        Job job = harness.submit(job(task("flaky").retry(new RetryPolicy(1, null, null)).build()));
        beat(LOST);
        start(scheduledTask(0), LOST);
        loseWorkers();

        Task second = start(scheduledTask(1), OTHER);
        report(QueueNames.ERROR, second.fail("exit code 1", now()));

        assertThat(harness.job(job.id()).state().isActive()).as("its one retry is still there").isTrue();
        Task third = scheduledTask(2);
        assertThat(third.attempt()).isEqualTo(3);
        report(QueueNames.ERROR, start(third, OTHER).fail("exit code 2", now()));
        assertThat(harness.job(job.id()).state()).isEqualTo(JobState.FAILED);
        assertThat(harness.job(job.id()).error()).isEqualTo("exit code 2");
    }

    // the workers, played by the test

    private void beat(String nodeId) {
        Node node = new Node(nodeId, "worker-" + nodeId, "worker", MutableClock.START, now(), 1,
                QueueNames.privateQueueOf(nodeId),
                NodeStatus.UP, "host", 0, 1, "test");
        harness.queue().publish(QueueNames.HEARTBEAT, new Heartbeat(node));
    }

    private Task start(Task scheduled, String nodeId) {
        Task started = scheduled.start(nodeId, now());
        report(QueueNames.STARTED, started);
        return started;
    }

    private void complete(Task started, String result) {
        report(QueueNames.COMPLETED, started.complete(result, now()));
    }

    private void report(String queue, Task task) {
        harness.queue().publish(queue, new TaskMessage(task));
    }

    /** Time passes: every worker except {@link #OTHER} falls silent, and the sweep runs. */
    private void loseWorkers() {
        passIntervals(4);
        beat(OTHER);
        recovery.runOnce();
    }

    private void passIntervals(int n) {
        pass(INTERVAL.multipliedBy(n));
    }

    private void pass(Duration d) {
        harness.advanceClock(d);
    }

    /** The n-th task the coordinator sent to the default queue (as a worker would receive it). */
    private Task scheduledTask(int n) {
        Task task = harness.queue().tasksPublishedTo("default").get(n);
        assertThat(task.state()).isEqualTo(TaskState.SCHEDULED);
        return task;
    }

    private Task scheduledTaskNamed(String name) {
        return harness.queue().tasksPublishedTo("default").stream().filter(t -> t.spec().name().equals(name))
                .reduce((a, b) -> b).orElseThrow();
    }

    private Task stored(Task task) {
        return harness.reading().task(task.id());
    }

    private Instant now() {
        return harness.clock().instant();
    }

    private CoordinatorServices services() {
        return new CoordinatorServices(harness.stores().stores(), harness.queue(), harness.events(),
                new TaskRenderer(new SimpleExpressions()), harness.ids(), harness.clock());
    }

    private LostWorkerRecovery recoveryWith(DistributedLock distributedLock) {
        return new LostWorkerRecovery(services(), distributedLock, INTERVAL);
    }
}
