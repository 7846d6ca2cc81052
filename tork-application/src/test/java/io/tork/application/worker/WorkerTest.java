package io.tork.application.worker;

import static io.tork.application.testing.Harness.eventually;
import static io.tork.application.testing.Specs.task;
import static org.assertj.core.api.Assertions.assertThat;

import io.tork.application.common.QueueNames;
import io.tork.application.port.out.Message.LogPart;
import io.tork.application.port.out.Message.TaskMessage;
import io.tork.application.testing.DirectMessageQueue;
import io.tork.application.testing.MutableClock;
import io.tork.application.testing.ScriptedRuntime;
import io.tork.application.testing.SequentialIds;
import io.tork.domain.spec.Limits;
import io.tork.domain.spec.TaskSpec;
import io.tork.domain.task.Task;
import io.tork.domain.task.TaskLogPart;
import io.tork.domain.task.TaskState;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The worker alone: it takes scheduled tasks off its queue, runs them and reports; no coordinator answers. */
class WorkerTest {
    private static final String NODE = "worker-under-test";
    private final MutableClock clock = new MutableClock();
    private final DirectMessageQueue queue = new DirectMessageQueue(clock);
    private final ScriptedRuntime runtime = new ScriptedRuntime();
    private final SequentialIds ids = new SequentialIds();
    private Worker worker;

    @AfterEach
    void stop() {
        if (worker != null) worker.close();
        queue.close();
        assertThat(queue.failures()).isEmpty();
    }

    @Test
    void aShortTaskIsReportedOnceByItsCompletionWhichCarriesItsStart() throws InterruptedException {
        start(null, null);
        runtime.on("t").returns("42");
        Task task = scheduled(task("t").build());

        send(task);
        eventually().until(() -> reportsTo(QueueNames.COMPLETED).size() == 1);

        assertThat(reportsTo(QueueNames.COMPLETED).getFirst()).satisfies(completed -> {
            assertThat(completed.id()).isEqualTo(task.id());
            assertThat(completed.state()).isEqualTo(TaskState.COMPLETED);
            assertThat(completed.result()).isEqualTo("42");
            assertThat(completed.nodeId()).isEqualTo(NODE);
            assertThat(completed.startedAt()).isEqualTo(clock.instant());
        });
        Thread.sleep(3 * StartReport.GRACE.toMillis());
        assertThat(reportsTo(QueueNames.STARTED)).as("not even after the grace").isEmpty();
        assertThat(reportsTo(QueueNames.ERROR)).isEmpty();
    }

    @Test
    void aTaskStillRunningAfterTheGraceIsReportedStartedAndThenCompleted() {
        start(null, null);
        runtime.on("t").blocksThenReturns("42");
        Task task = scheduled(task("t").build());

        send(task);
        eventually().until(() -> reportsTo(QueueNames.STARTED).size() == 1);
        assertThat(reportsTo(QueueNames.STARTED)).singleElement().satisfies(started -> {
            assertThat(started.id()).isEqualTo(task.id());
            assertThat(started.state()).isEqualTo(TaskState.RUNNING);
            assertThat(started.nodeId()).isEqualTo(NODE);
        });
        assertThat(reportsTo(QueueNames.COMPLETED)).isEmpty();
        runtime.release("t");
        eventually().until(() -> reportsTo(QueueNames.COMPLETED).size() == 1);

        assertThat(reportsTo(QueueNames.COMPLETED).getFirst().result()).isEqualTo("42");
        assertThat(queue.published()).extracting(p -> p.queue()).containsSubsequence(QueueNames.STARTED,
                QueueNames.COMPLETED);
    }

    @Test
    void aFailureFollowsItsOwnStartReportHoweverShortTheTask() {
        start(null, null);
        runtime.on("t").fails("exit code 1");

        send(scheduled(task("t").build()));
        eventually().until(() -> reportsTo(QueueNames.ERROR).size() == 1);

        assertThat(queue.published()).extracting(p -> p.queue()).containsSubsequence(QueueNames.STARTED,
                QueueNames.ERROR);
    }

    @Test
    void aTaskDeliveredAgainIsRunOnlyOnce() {
        start(null, null);
        runtime.on("t").returns("42");
        Task task = scheduled(task("t").build());

        send(task);
        eventually().until(() -> reportsTo(QueueNames.COMPLETED).size() == 1);
        send(task);
        awaitIdle();

        assertThat(runtime.invocationsOf("t")).hasSize(1);
        assertThat(reportsTo(QueueNames.COMPLETED)).hasSize(1);
    }

    @Test
    void aRuntimeFailureIsReportedWithItsMessage() {
        start(null, null);
        runtime.on("t").fails("exit code 7: bad things");

        send(scheduled(task("t").build()));
        eventually().until(() -> reportsTo(QueueNames.ERROR).size() == 1);

        assertThat(reportsTo(QueueNames.ERROR).getFirst().error()).isEqualTo("exit code 7: bad things");
        assertThat(reportsTo(QueueNames.ERROR).getFirst().state()).isEqualTo(TaskState.FAILED);
    }

    @Test
    void anUnexpectedRuntimeErrorFailsTheTask() {
        start(null, null);
        runtime.on("t").answers(task -> {
            throw new IllegalStateException("bug in runtime");
        });

        send(scheduled(task("t").build()));
        eventually().until(() -> reportsTo(QueueNames.ERROR).size() == 1);

        assertThat(reportsTo(QueueNames.ERROR).getFirst().error()).contains("bug in runtime");
    }

    @Test
    void theRuntimeGetsTheTasksIdentityAndTheWorkersDefaultLimits() {
        start(new Limits("1", "1g"), null);
        Task task = scheduled(task("t").limits(new Limits("2", null)).env(Map.of("A", "b")).build())
                .toBuilder().attempt(3).build();

        send(task);
        eventually().until(() -> reportsTo(QueueNames.COMPLETED).size() == 1);

        TaskSpec received = runtime.invocationsOf("t").getFirst().task().spec();
        assertThat(received.env()).containsEntry("A", "b").containsEntry("TORK_TASK_ID", task.id())
                .containsEntry("TORK_JOB_ID", task.jobId()).containsEntry("TORK_ATTEMPT", "3");
        assertThat(received.limits()).isEqualTo(new Limits("2", "1g"));
    }

    @Test
    void aTaskThatIsNotScheduledIsIgnored() {
        start(null, null);
        Task pending = Task.pending(ids.newId(), "job-1", null, 1, task("t").queue("default").build(), clock.instant());

        send(pending);
        send(scheduled(task("marker").build()));
        eventually().until(() -> reportsTo(QueueNames.COMPLETED).size() == 1);

        assertThat(runtime.invokedNames()).containsExactly("marker");
        assertThat(reportsTo(QueueNames.COMPLETED)).extracting(t -> t.spec().name()).containsExactly("marker");
    }

    @Test
    void aCancellationWhileTheTaskRunsInterruptsTheRuntimeAndNothingIsReported() {
        start(null, null);
        runtime.on("t").blocks();
        Task task = scheduled(task("t").build());
        send(task);
        eventually().until(() -> runtime.wasInvoked("t"));

        cancel(task);

        eventually().until(() -> runtime.invocationsOf("t").getFirst().wasInterrupted());
        awaitIdle();
        assertThat(reportsTo(QueueNames.COMPLETED)).isEmpty();
        assertThat(reportsTo(QueueNames.ERROR)).isEmpty();
    }

    @Test
    void aCancellationThatAnswersTheStartReportAtOnceStillStopsTheTask() {
        start(null, null);
        runtime.on("t").blocks();
        // a coordinator that learns of the start and cancels straight away, before the worker got any further
        queue.subscribe(QueueNames.STARTED, 1, message -> cancel(((TaskMessage) message).task()));

        send(scheduled(task("t").build()));
        eventually().until(() -> reportsTo(QueueNames.STARTED).size() == 1);
        awaitIdle();

        assertThat(runtime.invocations()).allSatisfy(i -> assertThat(i.wasInterrupted()).isTrue());
        assertThat(reportsTo(QueueNames.COMPLETED)).isEmpty();
        assertThat(reportsTo(QueueNames.ERROR)).isEmpty();
    }

    @Test
    void aTaskWithoutTimeoutGetsTheWorkersDefault() {
        start(null, Duration.ofMillis(100));
        runtime.on("t").blocks();

        send(scheduled(task("t").build()));
        eventually().until(() -> reportsTo(QueueNames.ERROR).size() == 1);

        assertThat(reportsTo(QueueNames.ERROR).getFirst().error()).isEqualTo("task timed out after 100ms");
        assertThat(runtime.invocationsOf("t").getFirst().wasInterrupted()).isTrue();
    }

    @Test
    void theOutputIsShippedAsNumberedLogParts() {
        start(null, null);
        runtime.on("t").logs("hello ").logs("world").returns("");
        Task task = scheduled(task("t").build());

        send(task);
        eventually().until(() -> reportsTo(QueueNames.COMPLETED).size() == 1);

        List<TaskLogPart> parts = queue.publishedTo(QueueNames.LOGS).stream().map(m -> ((LogPart) m).part()).toList();
        assertThat(parts).isNotEmpty().allSatisfy(p -> assertThat(p.taskId()).isEqualTo(task.id()));
        assertThat(parts).extracting(TaskLogPart::number).startsWith(1).isSorted();
        assertThat(String.join("", parts.stream().map(TaskLogPart::contents).toList())).isEqualTo("hello world");
    }

    @Test
    void progressIsReported() {
        start(null, null);
        runtime.on("t").progress(120).returns("");

        send(scheduled(task("t").build()));
        eventually().until(() -> reportsTo(QueueNames.COMPLETED).size() == 1);

        assertThat(reportsTo(QueueNames.PROGRESS)).extracting(Task::progress).containsExactly(100.0);
    }

    @Test
    void closingTheWorkerStopsItsRunningTasks() {
        start(null, null);
        runtime.on("t").blocks();
        send(scheduled(task("t").build()));
        eventually().until(() -> runtime.wasInvoked("t"));

        worker.close();

        eventually().until(() -> runtime.invocationsOf("t").getFirst().wasInterrupted());
        awaitIdle();
        assertThat(reportsTo(QueueNames.ERROR)).isEmpty();
    }

    private void start(Limits defaultLimits, Duration defaultTimeout) {
        worker = new Worker(new WorkerConfig(NODE, "under test", Map.of("default", 1), defaultLimits, defaultTimeout,
                Duration.ofHours(1), "test"), queue, runtime, ids, clock);
        worker.start();
    }

    private Task scheduled(TaskSpec spec) {
        TaskSpec routed = spec.toBuilder().queue("default").build();
        return Task.pending(ids.newId(), "job-1", null, 1, routed, clock.instant()).schedule(routed, clock.instant());
    }

    private void send(Task task) {
        queue.publish("default", new TaskMessage(task));
    }

    private void cancel(Task task) {
        queue.publish(QueueNames.privateQueueOf(NODE), new TaskMessage(task.toBuilder().state(TaskState.CANCELLED).build()));
    }

    private List<Task> reportsTo(String name) {
        return queue.tasksPublishedTo(name);
    }

    /** Every task sent to the worker's queue was taken and handled to its end. */
    private void awaitIdle() {
        eventually().until(() -> queue.queue("default").map(q -> q.size() == 0 && q.unacked() == 0).orElse(true));
    }
}
