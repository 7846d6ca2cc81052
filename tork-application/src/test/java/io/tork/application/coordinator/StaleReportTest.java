package io.tork.application.coordinator;

import static io.tork.application.testing.Specs.job;
import static io.tork.application.testing.Specs.task;
import static org.assertj.core.api.Assertions.assertThat;

import io.tork.application.common.Events;
import io.tork.application.common.QueueNames;
import io.tork.application.port.out.Message.TaskMessage;
import io.tork.application.testing.Harness;
import io.tork.domain.job.Job;
import io.tork.domain.job.JobState;
import io.tork.domain.spec.RetryPolicy;
import io.tork.domain.task.Task;
import io.tork.domain.task.TaskState;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Reports about attempts that are no longer current change nothing. No worker runs here: the tests play the
 * worker by publishing its reports, and every handler runs synchronously on the test's thread.
 */
class StaleReportTest {
    private static final String NODE = "node-7";
    private final Harness harness = Harness.builder().withoutWorker().start();

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void aCompletionOfAFailedTaskChangesNothing() {
        Job job = harness.submit(job(task("first").build(), task("second").build()));
        Task started = start(scheduledTask(0));
        report(QueueNames.ERROR, started.fail("exit code 1", now()));
        assertThat(harness.job(job.id()).state()).isEqualTo(JobState.FAILED);

        report(QueueNames.COMPLETED, started.complete("late", now()));

        Task stored = harness.reading().task(started.id());
        assertThat(stored.state()).isEqualTo(TaskState.FAILED);
        assertThat(stored.result()).isNull();
        assertThat(harness.job(job.id()).state()).isEqualTo(JobState.FAILED);
        assertThat(harness.job(job.id()).error()).isEqualTo("exit code 1");
        assertThat(harness.execution(job.id())).hasSize(1);
        assertThat(harness.events().topicsOf(job.id())).containsExactly(Events.JOB_FAILED);
    }

    @Test
    void aCompletionOfACancelledTaskChangesNothing() {
        Job job = harness.submit(job(task("first").build(), task("second").build()));
        Task started = start(scheduledTask(0));
        harness.control().cancel(job.id());

        report(QueueNames.COMPLETED, started.complete("late", now()));

        assertThat(harness.reading().task(started.id()).state()).isEqualTo(TaskState.CANCELLED);
        assertThat(harness.job(job.id()).state()).isEqualTo(JobState.CANCELLED);
        assertThat(harness.execution(job.id())).hasSize(1);
        assertThat(harness.events().topicsOf(job.id())).containsExactly(Events.JOB_CANCELLED);
    }

    @Test
    void aStartOfACancelledTaskIsAnsweredWithACancellationToThatWorker() {
        Job job = harness.submit(job(task("first").build()));
        Task scheduled = scheduledTask(0);
        harness.control().cancel(job.id());

        report(QueueNames.STARTED, scheduled.start(NODE, now()));

        assertThat(harness.queue().tasksPublishedTo(QueueNames.privateQueueOf(NODE))).singleElement().satisfies(t -> {
            assertThat(t.id()).isEqualTo(scheduled.id());
            assertThat(t.state()).isEqualTo(TaskState.CANCELLED);
        });
        assertThat(harness.reading().task(scheduled.id()).state()).isEqualTo(TaskState.CANCELLED);
        assertThat(harness.job(job.id()).state()).isEqualTo(JobState.CANCELLED);
    }

    @Test
    void aStartFromAnotherWorkerThanTheOneRunningTheTaskStopsTheNewcomer() {
        harness.submit(job(task("first").build()));
        Task scheduled = scheduledTask(0);
        start(scheduled);

        report(QueueNames.STARTED, scheduled.start("node-8", now()));

        assertThat(harness.queue().tasksPublishedTo(QueueNames.privateQueueOf("node-8"))).hasSize(1);
        assertThat(harness.queue().tasksPublishedTo(QueueNames.privateQueueOf(NODE))).isEmpty();
        assertThat(harness.reading().task(scheduled.id()).nodeId()).isEqualTo(NODE);
    }

    @Test
    void aRepeatedCompletionMovesTheJobOnOnlyOnce() {
        Job job = harness.submit(job(task("first").build(), task("second").build(), task("third").build()));
        Task started = start(scheduledTask(0));

        report(QueueNames.COMPLETED, started.complete("one", now()));
        report(QueueNames.COMPLETED, started.complete("one again", now()));

        assertThat(harness.execution(job.id())).extracting(t -> t.spec().name()).containsExactly("first", "second");
        assertThat(harness.job(job.id()).position()).isEqualTo(2);
        assertThat(harness.reading().task(started.id()).result()).isEqualTo("one");
    }

    @Test
    void aFailureOfACompletedTaskChangesNothing() {
        Job job = harness.submit(job(task("first").build(), task("second").build()));
        Task started = start(scheduledTask(0));
        report(QueueNames.COMPLETED, started.complete("one", now()));

        report(QueueNames.ERROR, started.fail("too late", now()));

        assertThat(harness.reading().task(started.id()).state()).isEqualTo(TaskState.COMPLETED);
        assertThat(harness.job(job.id()).state().isActive()).isTrue();
        assertThat(harness.job(job.id()).error()).isNull();
    }

    @Test
    void aCompletionOfAnEarlierAttemptIsIgnored() {
        Job job = harness.submit(job(task("flaky").retry(new RetryPolicy(1, null, null)).build(), task("next").build()));
        Task first = start(scheduledTask(0));
        report(QueueNames.ERROR, first.fail("exit code 1", now()));
        Task second = scheduledTask(1);
        assertThat(second.attempt()).isEqualTo(2);

        report(QueueNames.COMPLETED, first.complete("late", now()));

        assertThat(harness.reading().task(first.id()).state()).isEqualTo(TaskState.FAILED);
        assertThat(harness.reading().task(second.id()).state()).isEqualTo(TaskState.SCHEDULED);
        assertThat(harness.job(job.id()).position()).isEqualTo(1);
        assertThat(harness.execution(job.id())).hasSize(2);
    }

    @Test
    void aStartedReportMakesTheTaskAndTheJobRunning() {
        Job job = harness.submit(job(task("first").build()));
        assertThat(harness.job(job.id()).state()).isEqualTo(JobState.SCHEDULED);

        Task started = start(scheduledTask(0));

        Task stored = harness.reading().task(started.id());
        assertThat(stored.state()).isEqualTo(TaskState.RUNNING);
        assertThat(stored.nodeId()).isEqualTo(NODE);
        assertThat(harness.job(job.id()).state()).isEqualTo(JobState.RUNNING);
    }

    @Test
    void aCompletionThatCarriesTheStartRecordsBothAndTheJobPassesThroughRunning() {
        Job job = harness.submit(job(task("first").build(), task("second").build()));
        Instant startedAt = now();
        harness.advanceClock(Duration.ofSeconds(3));

        Task short1 = scheduledTask(0).start(NODE, startedAt);
        report(QueueNames.COMPLETED, short1.complete("one", now()));

        Task stored = harness.reading().task(short1.id());
        assertThat(stored.state()).isEqualTo(TaskState.COMPLETED);
        assertThat(stored.nodeId()).isEqualTo(NODE);
        assertThat(stored.startedAt()).as("when the worker started it").isEqualTo(startedAt);
        assertThat(stored.completedAt()).isEqualTo(now());
        assertThat(harness.job(job.id()).state()).isEqualTo(JobState.RUNNING);
        assertThat(harness.job(job.id()).position()).isEqualTo(2);
    }

    @Test
    void aLateStartReportOfACompletedTaskChangesNothing() {
        Job job = harness.submit(job(task("first").build(), task("second").build()));
        Task started = scheduledTask(0).start(NODE, now());
        report(QueueNames.COMPLETED, started.complete("one", now()));

        report(QueueNames.STARTED, started);

        assertThat(harness.reading().task(started.id()).state()).isEqualTo(TaskState.COMPLETED);
        assertThat(harness.job(job.id()).position()).isEqualTo(2);
    }

    /** The n-th task the coordinator sent to the default queue (as the worker would receive it). */
    private Task scheduledTask(int n) {
        Task task = harness.queue().tasksPublishedTo("default").get(n);
        assertThat(task.state()).isEqualTo(TaskState.SCHEDULED);
        return task;
    }

    private Task start(Task scheduled) {
        Task started = scheduled.start(NODE, now());
        report(QueueNames.STARTED, started);
        return started;
    }

    private void report(String queue, Task task) {
        harness.queue().publish(queue, new TaskMessage(task));
    }

    private Instant now() {
        return harness.clock().instant();
    }
}
