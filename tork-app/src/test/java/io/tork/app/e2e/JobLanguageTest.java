package io.tork.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The job language (SPEC §4, reference §2–§3 and the examples of §11) end to end: job files submitted over the
 * REST API of a standalone engine, run in real Docker containers; final states, execution rows, results and logs.
 */
@Execution(ExecutionMode.CONCURRENT)
class JobLanguageTest extends JobFlow {

    @Test
    void helloWritesItsOutputIntoTheJobResult() {
        String id = submit("hello");
        JsonNode job = awaitJobEnd(id);
        assertThat(job.path("state").asText()).as(describe(job)).isEqualTo("COMPLETED");
        assertThat(job.path("result").asText()).isEqualTo("hello world");
        assertThat(states(job)).containsExactly("COMPLETED");
        JsonNode task = execution(job).getFirst();
        assertThat(task.path("result").asText()).isEqualTo("hello world");
        assertThat(task.path("retry").path("attempts").asInt()).isZero();
    }

    @Test
    void jobOutputCombinesTextAndATaskVariable() {
        String id = submit("job_output");
        JsonNode job = awaitJobEnd(id);
        assertThat(job.path("state").asText()).as(describe(job)).isEqualTo("COMPLETED");
        assertThat(job.path("result").asText()).isEqualTo("hello tork number 42 from job with an output");
        String taskId = execution(job).getFirst().path("id").asText();
        assertThat(jobLog(id)).contains("job " + id + " task " + taskId + " attempt 1");
    }

    @Test
    void parallelBlockRunsAllItsTasksBetweenStartAndEnd() {
        JsonNode job = awaitJobEnd(submit("parallel"));
        assertThat(job.path("state").asText()).as(describe(job)).isEqualTo("COMPLETED");
        // start, the parallel task itself, its 3 children, end (reference §11: 6 children give 9 entries)
        assertThat(execution(job)).hasSize(6);
        assertThat(states(job)).containsOnly("COMPLETED");
        JsonNode block = taskNamed(job, "fan out");
        assertThat(block.path("parallel").path("completions").asInt()).isEqualTo(3);
        assertThat(execution(job).stream().filter(t -> block.path("id").asText().equals(t.path("parentId").asText())))
                .hasSize(3);
        assertThat(job.path("result").asText()).isEqualTo("one-two-three");
        assertThat(jobLog(id(job))).contains("start");
    }

    @Test
    void eachLoopsOverASequenceWithDefaultAndCustomLoopVariables() {
        JsonNode job = awaitJobEnd(submit("each"));
        assertThat(job.path("state").asText()).as(describe(job)).isEqualTo("COMPLETED");
        // Two parents plus 4 children each: sequence(1,5) excludes 5.
        assertThat(execution(job)).hasSize(10);
        assertThat(states(job)).containsOnly("COMPLETED");
        assertThat(taskNamed(job, "default loop variable").path("each").path("size").asInt()).isEqualTo(4);
        assertThat(taskNamed(job, "custom loop variable").path("each").path("completions").asInt()).isEqualTo(4);
        assertThat(taskNamed(job, "item 3").path("result").asText()).isEqualTo("v4");
        assertThat(taskNamed(job, "item 3").path("var").asText()).isEqualTo("eachTask3");
        assertThat(taskNamed(job, "my item 0").path("result").asText()).isEqualTo("10");
        assertThat(job.path("context").path("tasks").path("eachTask2").asText()).isEqualTo("v3");
        assertThat(job.path("result").asText()).isEqualTo("v1,v4,10,40");
    }

    @Test
    void eachWithConcurrencyTwoCompletesAllFiveItems() {
        JsonNode job = awaitJobEnd(submit("each_concurrency"));
        assertThat(job.path("state").asText()).as(describe(job)).isEqualTo("COMPLETED");
        assertThat(execution(job)).hasSize(6);
        assertThat(states(job)).containsOnly("COMPLETED");
        JsonNode parent = taskNamed(job, "two at a time");
        assertThat(parent.path("each").path("concurrency").asInt()).isEqualTo(2);
        assertThat(parent.path("each").path("completions").asInt()).isEqualTo(5);
        assertThat(job.path("result").asText()).isEqualTo("01234");
    }

    @Test
    void eachOverAnEmptyListCompletesAtOnce() {
        JsonNode job = awaitJobEnd(submit("each_empty"));
        assertThat(job.path("state").asText()).as(describe(job)).isEqualTo("COMPLETED");
        assertThat(execution(job)).hasSize(2);
        assertThat(states(job)).containsOnly("COMPLETED");
        assertThat(taskNamed(job, "nothing to do").path("each").path("size").asInt()).isZero();
        assertThat(job.path("result").asText()).isEqualTo("done");
    }

    @Test
    void attachedSubJobOutputsBecomeTheParentTasksVariables() {
        JsonNode job = awaitJobEnd(submit("subjob"));
        assertThat(job.path("state").asText()).as(describe(job)).isEqualTo("COMPLETED");
        assertThat(job.path("result").asText()).isEqualTo("child said hi there|one|two");
        // attached subjob + parallel block + its two subjob tasks
        assertThat(execution(job)).hasSize(4);
        assertThat(states(job)).containsOnly("COMPLETED");

        JsonNode attached = taskNamed(job, "attached subjob");
        assertThat(attached.path("result").asText()).isEqualTo("child said hi there");
        JsonNode child = job(attached.path("subjob").path("id").asText());
        assertThat(child.path("state").asText()).isEqualTo("COMPLETED");
        assertThat(child.path("name").asText()).isEqualTo("child of hi");
        assertThat(child.path("parentId").asText()).isEqualTo(attached.path("id").asText());
        assertThat(states(child)).containsExactly("COMPLETED");
        for (String name : List.of("first subjob", "second subjob")) {
            JsonNode sub = job(taskNamed(job, name).path("subjob").path("id").asText());
            assertThat(sub.path("state").asText()).as(name).isEqualTo("COMPLETED");
        }
    }

    @Test
    void aFailingSubJobFailsItsParentTaskAndJob() {
        JsonNode job = awaitJobEnd(submit("subjob_fails"));
        assertThat(job.path("state").asText()).as(describe(job)).isEqualTo("FAILED");
        JsonNode parentTask = taskNamed(job, "failing subjob");
        assertThat(parentTask.path("state").asText()).isEqualTo("FAILED");
        assertThat(tasksNamed(job, "never reached")).isEmpty();
        JsonNode child = job(parentTask.path("subjob").path("id").asText());
        assertThat(child.path("state").asText()).as(describe(child)).isEqualTo("FAILED");
        assertThat(states(child)).containsExactly("FAILED");
        assertThat(jobLog(child.path("id").asText())).contains("child failing");
    }

    @Test
    void aFailingParallelBranchFailsTheJobAndCancelsItsSiblings() {
        String id = submit("parallel_fails");
        JsonNode job = awaitJobEnd(id);
        assertThat(job.path("state").asText()).as(describe(job)).isEqualTo("FAILED");
        assertThat(taskNamed(job, "fails fast").path("state").asText()).isEqualTo("FAILED");
        assertThat(taskNamed(job, "sleeps long").path("state").asText()).isIn("CANCELLED", "FAILED");
        assertThat(taskNamed(job, "branches").path("state").asText()).isIn("FAILED", "CANCELLED");
        assertThat(tasksNamed(job, "never reached")).isEmpty();
    }

    @Test
    void aFailingEachItemFailsTheJobAndTheWaitingItemsNeverRun() {
        JsonNode job = awaitJobEnd(submit("each_fails"));
        assertThat(job.path("state").asText()).as(describe(job)).isEqualTo("FAILED");
        assertThat(taskNamed(job, "item 0").path("state").asText()).isEqualTo("COMPLETED");
        assertThat(taskNamed(job, "item 1").path("state").asText()).isEqualTo("FAILED");
        // Items beyond the concurrency window were waiting (CREATED): the failure cancels them.
        assertThat(taskNamed(job, "item 2").path("state").asText()).isEqualTo("CANCELLED");
        assertThat(taskNamed(job, "item 3").path("state").asText()).isEqualTo("CANCELLED");
        assertThat(execution(job).stream().filter(t -> t.path("state").asText().equals("COMPLETED"))).hasSize(1);
    }

    @Test
    void detachedSubJobRunsOnItsOwnWhileTheParentGoesOn() {
        JsonNode job = awaitJobEnd(submit("subjob_detached"));
        assertThat(job.path("state").asText()).as(describe(job)).isEqualTo("COMPLETED");
        assertThat(job.path("result").asText()).isEqualTo("launched");
        JsonNode launcher = taskNamed(job, "fire and forget");
        assertThat(launcher.path("state").asText()).isEqualTo("COMPLETED");
        assertThat(launcher.path("result").asText()).isEmpty();
        String detachedId = launcher.path("subjob").path("id").asText();
        assertThat(detachedId).isNotEmpty();
        remember(detachedId);
        JsonNode detached = awaitJobEnd(detachedId);
        assertThat(detached.path("state").asText()).as(describe(detached)).isEqualTo("COMPLETED");
        assertThat(detached.path("parentId").asText()).isEmpty();
        assertThat(detached.path("result").asText()).isEqualTo("detached done");
    }

    @Test
    void preAndPostTasksShareTheMainTasksVolume() {
        JsonNode job = awaitJobEnd(submit("prepost"));
        assertThat(job.path("state").asText()).as(describe(job)).isEqualTo("COMPLETED");
        assertThat(job.path("result").asText()).isEqualTo("from pre");
        assertThat(execution(job)).hasSize(1);
        assertThat(jobLog(id(job))).contains("post saw from pre and main");
    }

    @Test
    void retryRunsAgainUntilTheThirdAttemptSucceeds() {
        JsonNode job = awaitJobEnd(submit("retry_succeeds"));
        assertThat(job.path("state").asText()).as(describe(job)).isEqualTo("COMPLETED");
        assertThat(states(job)).containsExactly("FAILED", "FAILED", "COMPLETED");
        assertThat(execution(job).stream().map(t -> t.path("retry").path("attempts").asInt()))
                .containsExactly(0, 1, 2);
        assertThat(job.path("result").asText()).isEqualTo("worked on 3");
        assertThat(jobLog(id(job))).contains("attempt 1").contains("attempt 2").contains("attempt 3");
    }

    @Test
    void retryGivesUpAfterItsLimitAndFailsTheJob() {
        JsonNode job = awaitJobEnd(submit("retry_fails"));
        assertThat(job.path("state").asText()).as(describe(job)).isEqualTo("FAILED");
        assertThat(states(job)).containsExactly("FAILED", "FAILED", "FAILED");
        assertThat(execution(job).stream().map(t -> t.path("retry").path("attempts").asInt()))
                .containsExactly(0, 1, 2);
        assertThat(execution(job)).allSatisfy(t -> assertThat(t.path("error").asText()).isNotBlank());
        assertThat(job.path("error").asText()).isNotBlank();
        assertThat(jobLog(id(job))).contains("failing attempt 3").doesNotContain("should not run");
    }

    @Test
    void taskTimeoutFailsTheTaskAndTheJob() {
        JsonNode job = awaitJobEnd(submit("timeout"));
        assertThat(job.path("state").asText()).as(describe(job)).isEqualTo("FAILED");
        assertThat(states(job)).containsExactly("FAILED");
        assertThat(execution(job).getFirst().path("error").asText()).contains("timed out");
        assertThat(job.path("error").asText()).isNotBlank();
    }

    @Test
    void jobTimeoutFailsTheWholeJob() {
        JsonNode job = awaitJobEnd(submit("job_timeout"));
        assertThat(job.path("state").asText()).as(describe(job)).isEqualTo("FAILED");
        assertThat(job.path("error").asText()).containsIgnoringCase("timed out");
        assertThat(taskNamed(job, "slow").path("state").asText()).isIn("CANCELLED", "FAILED");
        assertThat(tasksNamed(job, "never reached")).isEmpty();
    }

    @Test
    void falseConditionSkipsTheTaskAndTheJobGoesOn() {
        JsonNode job = awaitJobEnd(submit("conditional"));
        assertThat(job.path("state").asText()).as(describe(job)).isEqualTo("COMPLETED");
        assertThat(states(job)).containsExactly("SKIPPED", "COMPLETED");
        assertThat(job.path("result").asText()).isEqualTo("[][always]");
    }

    @Test
    void conditionsOnParallelAndEachChildrenSkipOnlyThoseChildren() {
        JsonNode job = awaitJobEnd(submit("conditional_children"));
        assertThat(job.path("state").asText()).as(describe(job)).isEqualTo("COMPLETED");
        assertThat(taskNamed(job, "skipped child").path("state").asText()).isEqualTo("SKIPPED");
        assertThat(taskNamed(job, "running child").path("state").asText()).isEqualTo("COMPLETED");
        assertThat(taskNamed(job, "item 1").path("state").asText()).isEqualTo("SKIPPED");
        assertThat(taskNamed(job, "item 2").path("state").asText()).isEqualTo("COMPLETED");
        assertThat(taskNamed(job, "block").path("state").asText()).isEqualTo("COMPLETED");
        assertThat(taskNamed(job, "loop").path("state").asText()).isEqualTo("COMPLETED");
        assertThat(job.path("result").asText()).isEqualTo("ran:v0v2");
        assertThat(jobLog(id(job))).doesNotContain("should not run");
    }

    @Test
    void anOutputThatCannotBeEvaluatedFailsTheJob() {
        JsonNode job = awaitJobEnd(submit("output_fails"));
        assertThat(job.path("state").asText()).as(describe(job)).isEqualTo("FAILED");
        assertThat(states(job)).containsExactly("COMPLETED");
        assertThat(job.path("error").asText()).contains("fromJSON(tasks.r)");
        assertThat(job.path("result").asText()).isEmpty();
    }

    @Test
    void jobDefaultsApplyToTasksThatDoNotSetTheirOwn() {
        JsonNode job = awaitJobEnd(submit("defaults"));
        assertThat(job.path("state").asText()).as(describe(job)).isEqualTo("COMPLETED");
        JsonNode first = taskNamed(job, "uses defaults");
        assertThat(first.path("queue").asText()).isEqualTo("default");
        assertThat(first.path("timeout").asText()).isEqualTo("30s");
        assertThat(first.path("limits").path("cpus").asText()).isEqualTo(".5");
        assertThat(first.path("limits").path("memory").asText()).isEqualTo("64m");
        assertThat(first.path("retry").path("limit").asInt()).isEqualTo(1);
        assertThat(first.path("result").asText().trim()).isEqualTo(String.valueOf(64 * 1024 * 1024));
        JsonNode second = taskNamed(job, "overrides timeout");
        assertThat(second.path("timeout").asText()).isEqualTo("20s");
        assertThat(second.path("limits").path("memory").asText()).isEqualTo("32m");
        assertThat(second.path("limits").path("cpus").asText()).isEqualTo(".5");
    }

    @Test
    void filesAreWrittenIntoTheWorkingDirectory() {
        JsonNode job = awaitJobEnd(submit("files_workdir"));
        assertThat(job.path("state").asText()).as(describe(job)).isEqualTo("COMPLETED");
        assertThat(job.path("result").asText()).isEqualTo("script ran in /work with 2 lines");
    }

    @Test
    void entrypointRunsTheScriptAndCmdIsTemplated() {
        String id = submit("entrypoint_cmd");
        JsonNode job = awaitJobEnd(id);
        assertThat(job.path("state").asText()).as(describe(job)).isEqualTo("COMPLETED");
        assertThat(job.path("result").asText()).isEqualTo("via entrypoint");
        JsonNode cmdTask = taskNamed(job, "templated cmd");
        assertThat(cmdTask.path("cmd").get(1).asText()).isEqualTo("cmd says templated-arg");
        assertThat(taskLog(cmdTask.path("id").asText())).contains("cmd says templated-arg");
    }

    @Test
    void expressionFunctionsWorkInTemplates() {
        JsonNode job = awaitJobEnd(submit("functions"));
        assertThat(job.path("state").asText()).as(describe(job)).isEqualTo("COMPLETED");
        assertThat(job.path("result").asText()).isEqualTo("TORK|3|[\"a\",\"b\",\"c\"]|from json");
    }

    @Test
    void anExpressionFailingAtRunTimeFailsTheJobNamingFieldAndExpression() {
        JsonNode job = awaitJobEnd(submit("bad_expression"));
        assertThat(job.path("state").asText()).as(describe(job)).isEqualTo("FAILED");
        assertThat(taskNamed(job, "fine").path("state").asText()).isEqualTo("COMPLETED");
        JsonNode broken = taskNamed(job, "broken");
        assertThat(broken.path("state").asText()).isEqualTo("FAILED");
        assertThat(broken.path("error").asText())
                .startsWith("tasks[1].env.DATA: error evaluating '{{ fromJSON('not json') }}'");
        assertThat(job.path("error").asText()).contains("tasks[1].env.DATA").contains("fromJSON('not json')");
        assertThat(jobLog(id(job))).doesNotContain("never");

        JsonNode next = awaitJobEnd(submit("hello"));
        assertThat(next.path("state").asText()).as("the engine keeps serving").isEqualTo("COMPLETED");
    }

    @Test
    void waitOnSubmissionReturnsTheFinishedJob() {
        Api.Response r = api.post("/jobs", "text/yaml", fixture("wait"));
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        remember(r.body().path("id").asText());
        assertThat(r.body().path("state").asText()).isEqualTo("COMPLETED");
        assertThat(r.body().path("result").asText()).isEqualTo("waited");
        assertThat(r.body().path("execution")).hasSize(1);
    }

    @Test
    void aResultOver64KiBIsCutWithAWarningInTheTaskLog() {
        JsonNode job = awaitJobEnd(submit("big_output"));
        assertThat(job.path("state").asText()).as(describe(job)).isEqualTo("COMPLETED");
        JsonNode task = execution(job).getFirst();
        assertThat(task.path("result").asText()).hasSize(64 * 1024).startsWith("1\n2\n3\n");
        assertThat(job.path("context").path("tasks").path("big").asText()).hasSize(64 * 1024);
        assertThat(taskLog(task.path("id").asText())).contains("warning").contains("64 KiB");
    }

    private static String id(JsonNode job) {
        return job.path("id").asText();
    }
}
