package io.tork.application.coordinator;

import static io.tork.application.testing.Specs.aJob;
import static io.tork.application.testing.Specs.job;
import static io.tork.application.testing.Specs.task;
import static io.tork.application.testing.Harness.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.tork.application.common.Events;
import io.tork.application.testing.Harness;
import io.tork.application.testing.ScriptedRuntime;
import io.tork.domain.job.Job;
import io.tork.domain.job.JobKind;
import io.tork.domain.job.JobState;
import io.tork.domain.spec.JobDefaults;
import io.tork.domain.spec.Limits;
import io.tork.domain.spec.RetryPolicy;
import io.tork.domain.spec.TaskSpec;
import io.tork.domain.task.Task;
import io.tork.domain.task.TaskLogPart;
import io.tork.domain.task.TaskState;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A job's way from submission to its end, through the coordinator, a worker and a scripted runtime. */
class JobExecutionTest {
    private final Harness harness = Harness.builder().workerQueue("special", 1).start();
    private final ScriptedRuntime runtime = harness.runtime();

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void sequentialTasksRunInOrderAndTheSecondSeesTheResultOfTheFirst() {
        runtime.on("first").returns("one");
        runtime.on("second").returns("two");

        Job submitted = harness.submit(aJob()
                .tasks(task("first").var("a").build(),
                        task("second").var("b").env(Map.of("PREVIOUS", "{{ tasks.a }}")).build())
                .output("{{ tasks.a }}+{{ tasks.b }}")
                .build());
        Job ended = harness.awaitEnd(submitted.id());

        assertThat(ended.state()).isEqualTo(JobState.COMPLETED);
        assertThat(ended.result()).isEqualTo("one+two");
        assertThat(ended.progress()).isEqualTo(100);
        assertThat(ended.context().tasks()).containsEntry("a", "one").containsEntry("b", "two");
        assertThat(runtime.invokedNames()).containsExactly("first", "second");
        assertThat(runtime.invocationsOf("second").getFirst().env()).containsEntry("PREVIOUS", "one");
        assertThat(harness.execution(submitted.id())).extracting(Task::state, Task::result)
                .containsExactly(tuple(TaskState.COMPLETED, "one"),
                        tuple(TaskState.COMPLETED, "two"));
        eventually().untilAsserted(() ->
                assertThat(harness.events().topicsOf(submitted.id())).containsExactly(Events.JOB_COMPLETED));
    }

    @Test
    void theRuntimeReceivesTheIdentityOfTheTaskInItsEnvironment() {
        Job submitted = harness.submit(job(task("only").env(Map.of("OWN", "value")).build()));
        harness.awaitEnd(submitted.id());

        Task stored = harness.attempts(submitted.id(), "only").getFirst();
        assertThat(runtime.invocationsOf("only").getFirst().env())
                .containsEntry("OWN", "value")
                .containsEntry("TORK_TASK_ID", stored.id())
                .containsEntry("TORK_JOB_ID", submitted.id())
                .containsEntry("TORK_ATTEMPT", "1");
    }

    @Test
    void aJobIsHalfwayDoneWhenTheFirstOfItsTwoTasksCompleted() {
        runtime.on("second").blocks();
        Job submitted = harness.submit(job(task("first").build(), task("second").build()));

        harness.awaitTask(submitted.id(), "second", TaskState.RUNNING);
        Job halfway = harness.job(submitted.id());
        runtime.release("second");

        assertThat(halfway.state()).isEqualTo(JobState.RUNNING);
        assertThat(halfway.progress()).isEqualTo(50);
        assertThat(harness.awaitEnd(submitted.id()).progress()).isEqualTo(100);
    }

    @Test
    void progressReportedByARunningTaskMovesTheJobsProgress() {
        runtime.on("first").progress(50).blocks();
        Job submitted = harness.submit(job(task("first").build(), task("second").build()));

        eventually()
                .until(() -> harness.job(submitted.id()).progress() == 25);
        assertThat(harness.latestTask(submitted.id(), "first").orElseThrow().progress()).isEqualTo(50);
        runtime.release("first");
        harness.awaitEnd(submitted.id());
    }

    @Test
    void aSingleTaskAsksTheRuntimeForItsStandardOutputAsResult() {
        // the runtime contract: with stdoutAsResult, an empty $TORK_OUTPUT means "answer with stdout"
        runtime.on("hello").answers(t -> t.stdoutAsResult() ? "hello world" : "");

        Job submitted = harness.submission().submitTask(task("hello").build());
        Job ended = harness.awaitEnd(submitted.id());

        assertThat(ended.kind()).isEqualTo(JobKind.SINGLE_TASK);
        assertThat(ended.state()).isEqualTo(JobState.COMPLETED);
        assertThat(ended.result()).isEqualTo("hello world");
        assertThat(harness.execution(submitted.id()).getFirst().result()).isEqualTo("hello world");
    }

    @Test
    void aSingleTaskAnswersWithWhatItWroteAsItsResult() {
        runtime.on("hello").logs("noise").returns("the output");

        Job ended = harness.awaitEnd(harness.submission().submitTask(task("hello").build()).id());

        assertThat(ended.result()).isEqualTo("the output");
    }

    @Test
    void aSingleTaskWithoutANameGetsOne() {
        Job submitted = harness.submission().submitTask(task("ignored").name(null).build());

        assertThat(harness.awaitEnd(submitted.id()).state()).isEqualTo(JobState.COMPLETED);
        assertThat(runtime.invokedNames()).containsExactly("task");
    }

    @Test
    void anOrdinaryJobHasNoResultWithoutAnOutput() {
        runtime.on("first").logs("printed").returns("written");

        Job ended = harness.awaitEnd(harness.submit(job(task("first").build())).id());

        assertThat(ended.state()).isEqualTo(JobState.COMPLETED);
        assertThat(ended.result()).isNull();
    }

    @Test
    void aTaskFailureWithoutRetryFailsTheJobWithTheTasksError() {
        runtime.on("broken").fails("exit code 1: no such file");

        Job submitted = harness.submit(job(task("broken").build(), task("never").build()));
        Job ended = harness.awaitEnd(submitted.id());

        assertThat(ended.state()).isEqualTo(JobState.FAILED);
        assertThat(ended.error()).isEqualTo("exit code 1: no such file");
        assertThat(ended.failedAt()).isEqualTo(harness.clock().instant());
        assertThat(harness.reading().job(submitted.id()).error()).isEqualTo("exit code 1: no such file");
        Task broken = harness.attempts(submitted.id(), "broken").getFirst();
        assertThat(broken.state()).isEqualTo(TaskState.FAILED);
        assertThat(broken.error()).isEqualTo("exit code 1: no such file");
        assertThat(runtime.wasInvoked("never")).isFalse();
        eventually().untilAsserted(() ->
                assertThat(harness.events().topicsOf(submitted.id())).containsExactly(Events.JOB_FAILED));
    }

    @Test
    void aTaskWhoseConditionIsFalseIsSkippedAndTheJobGoesOn() {
        Job submitted = harness.submit(job(task("skipped").condition("false").var("s").build(), task("after").build()));
        Job ended = harness.awaitEnd(submitted.id());

        assertThat(ended.state()).isEqualTo(JobState.COMPLETED);
        assertThat(harness.attempts(submitted.id(), "skipped").getFirst().state()).isEqualTo(TaskState.SKIPPED);
        assertThat(harness.attempts(submitted.id(), "after").getFirst().state()).isEqualTo(TaskState.COMPLETED);
        assertThat(runtime.invokedNames()).containsExactly("after");
        assertThat(ended.context().tasks()).doesNotContainKey("s");
    }

    @Test
    void aConditionIsATemplate() {
        Job submitted = harness.submit(aJob().inputs(Map.of("run", "false"))
                .tasks(task("maybe").condition("{{ inputs.run }}").build()).build());

        assertThat(harness.awaitEnd(submitted.id()).state()).isEqualTo(JobState.COMPLETED);
        assertThat(harness.attempts(submitted.id(), "maybe").getFirst().state()).isEqualTo(TaskState.SKIPPED);
        assertThat(runtime.invocations()).isEmpty();
    }

    @Test
    void aConditionThatIsNotExactlyFalseRunsTheTask() {
        Job submitted = harness.submit(job(task("runs").condition("1 == 2").build()));

        harness.awaitEnd(submitted.id());

        assertThat(runtime.invokedNames()).containsExactly("runs");
    }

    @Test
    void aTemplateErrorInTheSecondTaskFailsTheJobNamingTheField() {
        Job submitted = harness.submit(job(task("first").build(),
                task("second").env(Map.of("URL", "{{ nope.url }}")).build()));
        Job ended = harness.awaitEnd(submitted.id());

        assertThat(ended.state()).isEqualTo(JobState.FAILED);
        assertThat(ended.error()).startsWith("tasks[1].env.URL: ").contains("nope");
        assertThat(runtime.invokedNames()).containsExactly("first");
        assertThat(harness.execution(submitted.id())).extracting(Task::state)
                .containsExactly(TaskState.COMPLETED, TaskState.FAILED);
    }

    @Test
    void aTemplateErrorInTheOutputFailsTheJob() {
        Job submitted = harness.submit(aJob().tasks(task("first").build()).output("{{ missing.value }}").build());

        Job ended = harness.awaitEnd(submitted.id());

        assertThat(ended.state()).isEqualTo(JobState.FAILED);
        assertThat(ended.error()).startsWith("output: ").contains("missing");
    }

    @Test
    void jobDefaultsApplyToTasksThatDoNotSetThem() {
        Job submitted = harness.submit(aJob()
                .defaults(new JobDefaults(new RetryPolicy(2, null, null), new Limits("1", "100m"), "5m", "special", 7))
                .tasks(task("plain").build(),
                        task("own").queue("default").timeout("1m").priority(3).limits(new Limits("2", null))
                                .retry(new RetryPolicy(1, null, null)).build())
                .build());
        harness.awaitEnd(submitted.id());

        TaskSpec plain = runtime.invocationsOf("plain").getFirst().task().spec();
        assertThat(plain.queue()).isEqualTo("special");
        assertThat(plain.limits()).isEqualTo(new Limits("1", "100m"));
        assertThat(plain.timeout()).isEqualTo("5m");
        assertThat(plain.retry()).isEqualTo(new RetryPolicy(2, null, null));
        assertThat(plain.priority()).isEqualTo(7);
        TaskSpec own = runtime.invocationsOf("own").getFirst().task().spec();
        assertThat(own.queue()).isEqualTo("default");
        assertThat(own.limits()).isEqualTo(new Limits("2", "100m"));
        assertThat(own.timeout()).isEqualTo("1m");
        assertThat(own.retry()).isEqualTo(new RetryPolicy(1, null, null));
        assertThat(own.priority()).isEqualTo(3);
        assertThat(harness.attempts(submitted.id(), "plain").getFirst().spec().queue())
                .as("the effective settings are stored with the task").isEqualTo("special");
    }

    @Test
    void aTaskWithoutQueueGoesToTheDefaultQueue() {
        Job submitted = harness.submit(job(task("plain").build()));
        harness.awaitEnd(submitted.id());

        assertThat(harness.queue().tasksPublishedTo("default")).extracting(t -> t.spec().name()).containsExactly("plain");
    }

    @Test
    void theLogOfATaskIsStored() {
        runtime.on("talker").logs("line one\n").logs("line two\n").returns("");

        Job submitted = harness.submit(job(task("talker").build()));
        harness.awaitEnd(submitted.id());
        Task talker = harness.attempts(submitted.id(), "talker").getFirst();

        eventually().untilAsserted(() -> assertThat(String.join("", harness.reading().taskLog(talker.id(), 1, 10).items()
                .reversed().stream().map(TaskLogPart::contents).toList()))
                .isEqualTo("line one\nline two\n"));
        assertThat(harness.reading().jobLog(submitted.id(), 1, 10).items()).isNotEmpty();
    }

    @Test
    void aQueueNameThatRendersToAReservedQueueFailsTheJob() {
        Job submitted = harness.submit(aJob().inputs(Map.of("q", "completed"))
                .tasks(task("sneaky").queue("{{ inputs.q }}").build()).build());
        Job ended = harness.awaitEnd(submitted.id());

        assertThat(ended.state()).isEqualTo(JobState.FAILED);
        assertThat(ended.error()).startsWith("tasks[0].queue: ").contains("completed");
        assertThat(harness.queue().tasksPublishedTo("completed")).isEmpty();
    }

    @Test
    void aDatastoreErrorWhileHandlingAReportFailsTheTaskAndTheJobInsteadOfLosingIt() {
        harness.stores().failCreatingTasksNamed("second");

        Job submitted = harness.submit(job(task("first").build(), task("second").build()));
        Job ended = harness.awaitEnd(submitted.id());

        assertThat(ended.state()).isEqualTo(JobState.FAILED);
        assertThat(ended.error()).contains("internal error").contains("the datastore refused the task");
        assertThat(harness.execution(submitted.id())).as("the half-done advance was rolled back")
                .singleElement().satisfies(t -> {
                    assertThat(t.spec().name()).isEqualTo("first");
                    assertThat(t.state()).isEqualTo(TaskState.FAILED);
                });
        eventually().untilAsserted(() ->
                assertThat(harness.events().topicsOf(submitted.id())).containsExactly(Events.JOB_FAILED));
    }
}
