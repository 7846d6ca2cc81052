package io.tork.application.coordinator;

import static io.tork.application.testing.Specs.aJob;
import static io.tork.application.testing.Specs.job;
import static io.tork.application.testing.Specs.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static io.tork.application.testing.Harness.eventually;

import io.tork.application.common.Events;
import io.tork.application.common.QueueNames;
import io.tork.application.port.in.InvalidRequestException;
import io.tork.application.port.out.NotFoundException;
import io.tork.application.testing.Harness;
import io.tork.application.testing.ScriptedRuntime;
import io.tork.domain.job.Job;
import io.tork.domain.job.JobState;
import io.tork.domain.task.Task;
import io.tork.domain.task.TaskState;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Stopping jobs and tasks: by request, by a task's timeout, by a job's timeout; and restarting them. */
class CancellationAndTimeoutTest {
    private final Harness harness = Harness.start();
    private final ScriptedRuntime runtime = harness.runtime();

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void cancellingARunningJobCancelsItsTaskAndInterruptsTheRuntime() {
        runtime.on("long").blocks();
        Job submitted = harness.submit(job(task("long").build(), task("never").build()));
        Task running = awaitRunning(submitted, "long");

        harness.control().cancel(submitted.id());
        Job ended = harness.awaitEnd(submitted.id());

        assertThat(ended.state()).isEqualTo(JobState.CANCELLED);
        assertThat(harness.latestTask(submitted.id(), "long").orElseThrow().state()).isEqualTo(TaskState.CANCELLED);
        eventually().until(() -> runtime.invocationsOf("long").getFirst().wasInterrupted());
        String workersQueue = QueueNames.privateQueueOf(Harness.WORKER_ID);
        eventually().untilAsserted(() -> assertThat(harness.queue().tasksPublishedTo(workersQueue))
                .singleElement().satisfies(t -> assertThat(t.id()).isEqualTo(running.id())));
        eventually().untilAsserted(() ->
                assertThat(harness.events().topicsOf(submitted.id())).containsExactly(Events.JOB_CANCELLED));
        assertThat(runtime.wasInvoked("never")).isFalse();
    }

    @Test
    void aCancelledTaskIsNotReportedAsAFailure() {
        runtime.on("long").blocks();
        Job submitted = harness.submit(job(task("long").build()));
        awaitRunning(submitted, "long");

        harness.control().cancel(submitted.id());
        eventually().until(() -> runtime.invocationsOf("long").getFirst().isFinished());

        assertThat(harness.queue().tasksPublishedTo(QueueNames.ERROR)).isEmpty();
        assertThat(harness.job(submitted.id()).error()).isNull();
    }

    @Test
    void aFinishedJobCanNotBeCancelled() {
        Job submitted = harness.submit(job(task("quick").build()));
        harness.awaitEnd(submitted.id());

        assertThatThrownBy(() -> harness.control().cancel(submitted.id()))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("COMPLETED");
        assertThat(harness.job(submitted.id()).state()).isEqualTo(JobState.COMPLETED);
    }

    @Test
    void anUnknownJobCanNotBeCancelledOrRestarted() {
        assertThatThrownBy(() -> harness.control().cancel("unknown")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> harness.control().restart("unknown")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aTaskRunningLongerThanItsTimeoutFails() {
        runtime.on("slow").blocks();

        Job submitted = harness.submit(job(task("slow").timeout("1s").build()));
        Job ended = harness.awaitEnd(submitted.id());

        assertThat(ended.state()).isEqualTo(JobState.FAILED);
        assertThat(ended.error()).contains("timed out");
        Task slow = harness.latestTask(submitted.id(), "slow").orElseThrow();
        assertThat(slow.state()).isEqualTo(TaskState.FAILED);
        assertThat(slow.error()).contains("timed out");
        assertThat(runtime.invocationsOf("slow").getFirst().wasInterrupted()).isTrue();
    }

    @Test
    void aJobStillRunningWhenItsTimeoutPassesFails() {
        runtime.on("long").blocks();
        Job submitted = harness.submit(aJob().timeout("1m").tasks(task("long").build()).build());
        awaitRunning(submitted, "long");

        harness.advanceClock(Duration.ofSeconds(59));
        assertThat(harness.job(submitted.id()).state()).isEqualTo(JobState.RUNNING);
        harness.advanceClock(Duration.ofSeconds(1));
        Job ended = harness.awaitEnd(submitted.id());

        assertThat(ended.state()).isEqualTo(JobState.FAILED);
        assertThat(ended.error()).contains("timed out");
        assertThat(harness.latestTask(submitted.id(), "long").orElseThrow().state()).isEqualTo(TaskState.CANCELLED);
        eventually().until(() -> runtime.invocationsOf("long").getFirst().wasInterrupted());
        eventually().untilAsserted(() ->
                assertThat(harness.events().topicsOf(submitted.id())).containsExactly(Events.JOB_FAILED));
    }

    @Test
    void aJobThatEndedInTimeIsLeftAloneByItsTimeout() {
        Job submitted = harness.submit(aJob().timeout("1m").tasks(task("quick").build()).build());
        harness.awaitEnd(submitted.id());

        harness.advanceClock(Duration.ofMinutes(2));

        assertThat(harness.job(submitted.id()).state()).isEqualTo(JobState.COMPLETED);
        assertThat(harness.job(submitted.id()).error()).isNull();
    }

    @Test
    void restartingAFailedJobRerunsTheFailedTaskAndGoesOn() {
        runtime.on("flaky").fails("exit code 1").returns("fine");
        Job submitted = harness.submit(job(task("first").build(), task("flaky").build(), task("last").build()));
        assertThat(harness.awaitEnd(submitted.id()).state()).isEqualTo(JobState.FAILED);

        harness.control().restart(submitted.id());
        Job ended = harness.awaitState(submitted.id(), JobState.COMPLETED);

        assertThat(ended.error()).isNull();
        assertThat(ended.failedAt()).isNull();
        assertThat(runtime.invokedNames()).containsExactly("first", "flaky", "flaky", "last");
        assertThat(harness.attempts(submitted.id(), "flaky")).extracting(Task::state)
                .containsExactly(TaskState.FAILED, TaskState.COMPLETED);
    }

    @Test
    void restartingACancelledJobResumesAtTheCancelledTask() {
        runtime.on("long").blocks();
        Job submitted = harness.submit(job(task("first").build(), task("long").build()));
        awaitRunning(submitted, "long");
        harness.control().cancel(submitted.id());
        harness.awaitEnd(submitted.id());
        runtime.release("long");

        harness.control().restart(submitted.id());

        assertThat(harness.awaitState(submitted.id(), JobState.COMPLETED).progress()).isEqualTo(100);
        assertThat(runtime.invokedNames()).containsExactly("first", "long", "long");
    }

    @Test
    void onlyFailedOrCancelledJobsCanBeRestarted() {
        Job submitted = harness.submit(job(task("quick").build()));
        harness.awaitEnd(submitted.id());

        assertThatThrownBy(() -> harness.control().restart(submitted.id()))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("COMPLETED");
    }

    /** The task is RUNNING in the store and its runtime has begun (so the worker can be told to stop it). */
    private Task awaitRunning(Job job, String name) {
        Task task = harness.awaitTask(job.id(), name, TaskState.RUNNING);
        eventually().until(() -> runtime.wasInvoked(name));
        return task;
    }
}
