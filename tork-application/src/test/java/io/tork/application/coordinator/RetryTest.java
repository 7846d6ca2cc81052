package io.tork.application.coordinator;

import static io.tork.application.testing.Specs.job;
import static io.tork.application.testing.Specs.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static io.tork.application.testing.Harness.eventually;

import io.tork.application.testing.Harness;
import io.tork.application.testing.ScriptedRuntime;
import io.tork.application.testing.ScriptedRuntime.Invocation;
import io.tork.domain.job.Job;
import io.tork.domain.job.JobState;
import io.tork.domain.spec.RetryPolicy;
import io.tork.domain.task.Task;
import io.tork.domain.task.TaskState;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Failed tasks tried again according to their retry policy, each attempt a task of its own. */
class RetryTest {
    private final Harness harness = Harness.start();
    private final ScriptedRuntime runtime = harness.runtime();

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void aRetryLimitOfTwoMeansThreeAttemptsInAll() {
        runtime.on("flaky").fails("exit code 3");

        Job submitted = harness.submit(job(task("flaky").retry(new RetryPolicy(2, null, null)).build()));
        Job ended = harness.awaitEnd(submitted.id());

        assertThat(ended.state()).isEqualTo(JobState.FAILED);
        assertThat(ended.error()).isEqualTo("exit code 3");
        assertThat(harness.attempts(submitted.id(), "flaky"))
                .extracting(Task::attempt, Task::state)
                .containsExactly(tuple(1, TaskState.FAILED),
                        tuple(2, TaskState.FAILED),
                        tuple(3, TaskState.FAILED));
        assertThat(harness.attempts(submitted.id(), "flaky")).extracting(Task::id).doesNotHaveDuplicates();
        assertThat(runtime.invocationsOf("flaky")).extracting(i -> i.env().get("TORK_ATTEMPT"))
                .containsExactly("1", "2", "3");
    }

    @Test
    void aTaskThatSucceedsOnItsSecondAttemptCompletesTheJob() {
        runtime.on("flaky").fails("exit code 1").returns("fine");

        Job submitted = harness.submit(job(task("flaky").var("r").retry(new RetryPolicy(3, null, null)).build(),
                task("after").build()));
        Job ended = harness.awaitEnd(submitted.id());

        assertThat(ended.state()).isEqualTo(JobState.COMPLETED);
        assertThat(ended.context().tasks()).containsEntry("r", "fine");
        assertThat(harness.attempts(submitted.id(), "flaky")).extracting(Task::state)
                .containsExactly(TaskState.FAILED, TaskState.COMPLETED);
        assertThat(runtime.invokedNames()).containsExactly("flaky", "flaky", "after");
    }

    @Test
    void theNextAttemptIsNotScheduledBeforeTheInitialDelayPassed() {
        runtime.on("flaky").fails("exit code 1").returns("fine");
        Instant failedAt = harness.clock().instant();

        Job submitted = harness.submit(job(task("flaky").retry(new RetryPolicy(1, "10s", null)).build()));
        eventually().until(() -> harness.attempts(submitted.id(), "flaky").size() == 2);

        Task waiting = harness.attempts(submitted.id(), "flaky").get(1);
        assertThat(waiting.state()).isEqualTo(TaskState.PENDING);
        assertThat(waiting.notBefore()).isEqualTo(failedAt.plusSeconds(10));
        harness.advanceClock(Duration.ofSeconds(9));
        assertThat(harness.queue().tasksPublishedTo("default")).hasSize(1);
        assertThat(harness.latestTask(submitted.id(), "flaky").orElseThrow().state()).isEqualTo(TaskState.PENDING);

        harness.advanceClock(Duration.ofSeconds(1));

        assertThat(harness.awaitEnd(submitted.id()).state()).isEqualTo(JobState.COMPLETED);
        assertThat(runtime.invocationsOf("flaky")).hasSize(2);
    }

    @Test
    void theDelayGrowsByTheScalingFactorAfterEachAttempt() {
        runtime.on("flaky").fails("exit code 1");
        Instant start = harness.clock().instant();

        Job submitted = harness.submit(job(task("flaky").retry(new RetryPolicy(2, "10s", 3.0)).build()));
        eventually().until(() -> harness.queue().timed().size() == 1);
        assertThat(harness.queue().timed().getFirst().deliverAt()).isEqualTo(start.plusSeconds(10));

        harness.advanceClock(Duration.ofSeconds(10));
        eventually().untilAsserted(() -> assertThat(harness.queue().timed()).singleElement()
                .satisfies(t -> assertThat(t.deliverAt()).isEqualTo(start.plusSeconds(10 + 30))));

        harness.advanceClock(Duration.ofSeconds(30));
        assertThat(harness.awaitEnd(submitted.id()).state()).isEqualTo(JobState.FAILED);
        assertThat(runtime.invocationsOf("flaky")).extracting(Invocation::name).hasSize(3);
    }

    @Test
    void cancellingAJobWhileARetryWaitsCancelsTheWaitingAttempt() {
        runtime.on("flaky").fails("exit code 1").returns("fine");

        Job submitted = harness.submit(job(task("flaky").retry(new RetryPolicy(1, "1m", null)).build()));
        eventually().until(() -> harness.attempts(submitted.id(), "flaky").size() == 2);
        harness.control().cancel(submitted.id());
        harness.awaitEnd(submitted.id());
        harness.advanceClock(Duration.ofMinutes(2));

        assertThat(harness.job(submitted.id()).state()).isEqualTo(JobState.CANCELLED);
        assertThat(harness.attempts(submitted.id(), "flaky")).extracting(Task::state)
                .containsExactly(TaskState.FAILED, TaskState.CANCELLED);
        assertThat(runtime.invocationsOf("flaky")).hasSize(1);
    }
}
