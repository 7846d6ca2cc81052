package io.tork.application.coordinator;

import static io.tork.application.testing.Harness.eventually;
import static io.tork.application.testing.Specs.aJob;
import static io.tork.application.testing.Specs.job;
import static io.tork.application.testing.Specs.task;
import static org.assertj.core.api.Assertions.assertThat;

import io.tork.application.testing.Harness;
import io.tork.application.testing.ScriptedRuntime;
import io.tork.domain.job.Job;
import io.tork.domain.job.JobState;
import io.tork.domain.spec.EachSpec;
import io.tork.domain.spec.ParallelSpec;
import io.tork.domain.spec.SubJobSpec;
import io.tork.domain.spec.TaskSpec;
import io.tork.domain.task.Task;
import io.tork.domain.task.TaskState;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Tasks that coordinate other tasks: parallel, each, and sub-jobs attached or detached. */
class CompositeTaskTest {
    /** A second queue, so a blocked detached sub-job does not hold up its parent's next task. */
    private final Harness harness = Harness.builder().workerQueue("side", 1).start();
    private final ScriptedRuntime runtime = harness.runtime();

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void allChildrenOfAParallelTaskCompleteBeforeTheNextTaskRuns() {
        List<TaskState> childStatesWhenNextRan = new CopyOnWriteArrayList<>();
        runtime.on("p1").returns("first result");
        runtime.on("after").answers(task -> {
            harness.execution(task.jobId()).stream().filter(Task::isChild).map(Task::state).forEach(childStatesWhenNextRan::add);
            return "";
        });

        Job submitted = harness.submit(job(
                parallel("fan-out", task("p1").var("v1").build(), task("p2").build(), task("p3").build()),
                task("after").env(Map.of("V1", "{{ tasks.v1 }}")).build()));
        Job ended = harness.awaitEnd(submitted.id());

        assertThat(ended.state()).isEqualTo(JobState.COMPLETED);
        assertThat(runtime.invokedNames()).hasSize(4).endsWith("after");
        assertThat(runtime.invokedNames().subList(0, 3)).containsExactlyInAnyOrder("p1", "p2", "p3");
        assertThat(childStatesWhenNextRan).containsExactly(TaskState.COMPLETED, TaskState.COMPLETED, TaskState.COMPLETED);
        assertThat(harness.latestTask(submitted.id(), "fan-out").orElseThrow().state()).isEqualTo(TaskState.COMPLETED);
        assertThat(runtime.invocationsOf("after").getFirst().env()).containsEntry("V1", "first result");
    }

    @Test
    void aFailingParallelChildFailsItsParentAndTheJobAndStopsItsSiblings() {
        runtime.on("p1").fails("exit code 2");
        runtime.on("p2").blocks();
        runtime.on("p3").blocks();

        Job submitted = harness.submit(job(parallel("fan-out", task("p1").build(), task("p2").build(), task("p3").build())));
        Job ended = harness.awaitEnd(submitted.id());

        assertThat(ended.state()).isEqualTo(JobState.FAILED);
        assertThat(ended.error()).isEqualTo("exit code 2");
        Task parent = harness.latestTask(submitted.id(), "fan-out").orElseThrow();
        assertThat(parent.state()).isEqualTo(TaskState.FAILED);
        assertThat(parent.error()).isEqualTo("exit code 2");
        assertThat(harness.latestTask(submitted.id(), "p2").orElseThrow().state()).isEqualTo(TaskState.CANCELLED);
        assertThat(harness.latestTask(submitted.id(), "p3").orElseThrow().state()).isEqualTo(TaskState.CANCELLED);
        // the worker still takes p2 and p3 off its queue; the coordinator answers their start with a cancellation,
        // which stops them whether or not their runtime got going
        eventually().until(() -> harness.queue().tasksPublishedTo("started").size() == 3);
        eventually().until(() -> harness.queue().queue("default").orElseThrow().unacked() == 0);
        assertThat(runtime.invocations()).filteredOn(i -> !i.name().equals("p1"))
                .allSatisfy(i -> assertThat(i.wasInterrupted()).isTrue());
        assertThat(harness.latestTask(submitted.id(), "p2").orElseThrow().state()).isEqualTo(TaskState.CANCELLED);
    }

    @Test
    void aTemplateErrorInAParallelChildFailsTheJobNamingTheChild() {
        Job submitted = harness.submit(job(parallel("fan-out", task("ok").build(),
                task("bad").env(Map.of("X", "{{ nope }}")).build())));
        Job ended = harness.awaitEnd(submitted.id());

        assertThat(ended.state()).isEqualTo(JobState.FAILED);
        assertThat(ended.error()).startsWith("tasks[0].parallel.tasks[1].env.X: ");
        assertThat(harness.latestTask(submitted.id(), "fan-out").orElseThrow().state()).isEqualTo(TaskState.FAILED);
        assertThat(runtime.invocations()).isEmpty();
    }

    @Test
    void eachChildrenWithConcurrencyOneRunOneAtATimeInIndexOrder() {
        List<Long> liveSiblingsWhileRunning = new CopyOnWriteArrayList<>();
        for (int i = 1; i <= 3; i++) {
            runtime.on("item " + i).answers(task -> {
                liveSiblingsWhileRunning.add(harness.execution(task.jobId()).stream()
                        .filter(t -> task.parentId().equals(t.parentId()))
                        .filter(t -> t.state() != TaskState.CREATED && t.state().isActive()).count());
                return "";
            });
        }

        Job submitted = harness.submit(job(each("loop", "[1,2,3]", 1,
                task("item {{ item.value }}").env(Map.of("INDEX", "{{ item.index }}")).build())));
        Job ended = harness.awaitEnd(submitted.id());

        assertThat(ended.state()).isEqualTo(JobState.COMPLETED);
        assertThat(runtime.invokedNames()).containsExactly("item 1", "item 2", "item 3");
        assertThat(runtime.invocations()).extracting(i -> i.env().get("INDEX")).containsExactly("0", "1", "2");
        assertThat(liveSiblingsWhileRunning).containsExactly(1L, 1L, 1L);
        assertThat(harness.latestTask(submitted.id(), "loop").orElseThrow().state()).isEqualTo(TaskState.COMPLETED);
    }

    @Test
    void eachChildrenWithoutConcurrencyAreAllReleasedAtOnce() {
        List<Long> liveSiblingsWhileRunning = new CopyOnWriteArrayList<>();
        runtime.on("item 1").answers(task -> {
            liveSiblingsWhileRunning.add(harness.execution(task.jobId()).stream()
                    .filter(t -> task.parentId().equals(t.parentId()) && t.state().isActive()
                            && t.state() != TaskState.CREATED).count());
            return "";
        });

        Job submitted = harness.submit(job(each("loop", "[1,2,3]", null, task("item {{ item.value }}").build())));

        assertThat(harness.awaitEnd(submitted.id()).state()).isEqualTo(JobState.COMPLETED);
        assertThat(liveSiblingsWhileRunning).containsExactly(3L);
    }

    @Test
    void eachChildrenWithoutTemplatesShareOneDefinitionInsteadOfHoldingACopyEach() {
        Job submitted = harness.submit(job(each("loop", "[1,2,3,4]", 2, task("same").env(Map.of("A", "b")).build())));

        assertThat(harness.awaitEnd(submitted.id()).state()).isEqualTo(JobState.COMPLETED);
        List<Task> children = harness.execution(submitted.id()).stream().filter(Task::isChild).toList();
        assertThat(children).hasSize(4).allSatisfy(child -> {
            assertThat(child.state()).isEqualTo(TaskState.COMPLETED);
            assertThat(child.spec()).isSameAs(children.getFirst().spec());
        });
        assertThat(children.getFirst().spec().queue()).isEqualTo("default");
        assertThat(runtime.invocations()).extracting(i -> i.env().get("A")).containsExactly("b", "b", "b", "b");
    }

    @Test
    void eachChildrenWithTemplatesKeepTheirOwnRenderedDefinition() {
        Job submitted = harness.submit(job(each("loop", "[1,2]", null,
                task("item {{ item.value }}").env(Map.of("A", "b")).build())));

        assertThat(harness.awaitEnd(submitted.id()).state()).isEqualTo(JobState.COMPLETED);
        assertThat(harness.execution(submitted.id()).stream().filter(Task::isChild).map(t -> t.spec().name()))
                .containsExactlyInAnyOrder("item 1", "item 2");
    }

    @Test
    void aFailingEachChildFailsTheLoopAndCancelsTheChildrenStillWaiting() {
        runtime.on("item 2").fails("exit code 9");

        Job submitted = harness.submit(job(each("loop", "[1,2,3,4]", 1, task("item {{ item.value }}").build())));
        Job ended = harness.awaitEnd(submitted.id());

        assertThat(ended.state()).isEqualTo(JobState.FAILED);
        assertThat(ended.error()).isEqualTo("exit code 9");
        assertThat(harness.latestTask(submitted.id(), "loop").orElseThrow().state()).isEqualTo(TaskState.FAILED);
        assertThat(harness.execution(submitted.id())).filteredOn(Task::isChild).extracting(Task::state)
                .containsExactly(TaskState.COMPLETED, TaskState.FAILED, TaskState.CANCELLED, TaskState.CANCELLED);
        assertThat(runtime.invokedNames()).containsExactly("item 1", "item 2");
    }

    @Test
    void compositeTasksNest() {
        runtime.on("leaf 1").returns("one");
        runtime.on("leaf 2").returns("two");

        Job submitted = harness.submit(aJob()
                .tasks(parallel("outer", each("inner", "[1,2]", null, task("leaf {{ item.value }}").build()),
                        task("sibling").build()))
                .build());
        Job ended = harness.awaitEnd(submitted.id());

        assertThat(ended.state()).isEqualTo(JobState.COMPLETED);
        assertThat(harness.execution(submitted.id())).allSatisfy(t -> assertThat(t.state()).isEqualTo(TaskState.COMPLETED));
        assertThat(runtime.invokedNames()).containsExactlyInAnyOrder("leaf 1", "leaf 2", "sibling");
    }

    @Test
    void theLoopVariableCanBeRenamed() {
        TaskSpec loop = TaskSpec.builder().name("loop")
                .each(new EachSpec("[5]", task("n={{ n.value }}").build(), "n", null)).build();

        harness.awaitEnd(harness.submit(job(loop)).id());

        assertThat(runtime.invokedNames()).containsExactly("n=5");
    }

    @Test
    void eachOverAnEmptyListCompletesAtOnce() {
        Job submitted = harness.submit(job(each("loop", "[]", null, task("never").build()), task("after").build()));
        Job ended = harness.awaitEnd(submitted.id());

        assertThat(ended.state()).isEqualTo(JobState.COMPLETED);
        assertThat(harness.latestTask(submitted.id(), "loop").orElseThrow().state()).isEqualTo(TaskState.COMPLETED);
        assertThat(runtime.invokedNames()).containsExactly("after");
    }

    @Test
    void eachOverSomethingThatIsNotAListFailsTheJob() {
        Job submitted = harness.submit(aJob().inputs(Map.of("word", "abc"))
                .tasks(each("loop", "{{ inputs.word }}", null, task("never").build())).build());
        Job ended = harness.awaitEnd(submitted.id());

        assertThat(ended.state()).isEqualTo(JobState.FAILED);
        assertThat(ended.error()).contains("each.list").contains("not").contains("list");
        assertThat(harness.latestTask(submitted.id(), "loop").orElseThrow().state()).isEqualTo(TaskState.FAILED);
    }

    @Test
    void anAttachedSubJobsOutputIsTheResultOfItsTask() {
        runtime.on("inner").answers(task -> "inner saw " + task.spec().env().get("GREETING"));

        Job submitted = harness.submit(aJob().inputs(Map.of("name", "world")).tasks(
                subJob("call", false, "{{ tasks.i }}", Map.of("greeting", "hello {{ inputs.name }}"),
                        task("inner").var("i").env(Map.of("GREETING", "{{ inputs.greeting }}")).build()),
                task("after").env(Map.of("SUB", "{{ tasks.sub }}")).build()).build());
        Job ended = harness.awaitEnd(submitted.id());

        assertThat(ended.state()).isEqualTo(JobState.COMPLETED);
        Task call = harness.latestTask(submitted.id(), "call").orElseThrow();
        assertThat(call.result()).isEqualTo("inner saw hello world");
        assertThat(runtime.invocationsOf("after").getFirst().env()).containsEntry("SUB", "inner saw hello world");
        Job subJob = harness.job(call.subJobId());
        assertThat(subJob.state()).isEqualTo(JobState.COMPLETED);
        assertThat(subJob.parentTaskId()).isEqualTo(call.id());
    }

    @Test
    void aFailingAttachedSubJobFailsTheParentJob() {
        runtime.on("inner").fails("inner broke");

        Job submitted = harness.submit(job(subJob("call", false, null, null, task("inner").build()), task("after").build()));
        Job ended = harness.awaitEnd(submitted.id());

        assertThat(ended.state()).isEqualTo(JobState.FAILED);
        assertThat(ended.error()).contains("inner broke");
        Task call = harness.latestTask(submitted.id(), "call").orElseThrow();
        assertThat(call.state()).isEqualTo(TaskState.FAILED);
        assertThat(harness.job(call.subJobId()).state()).isEqualTo(JobState.FAILED);
        assertThat(runtime.wasInvoked("after")).isFalse();
    }

    @Test
    void cancellingAParentJobCancelsItsRunningSubJob() {
        runtime.on("inner").blocks();
        Job submitted = harness.submit(job(subJob("call", false, null, null, task("inner").build())));
        eventually().until(() -> runtime.wasInvoked("inner"));
        Task call = harness.latestTask(submitted.id(), "call").orElseThrow();
        harness.awaitTask(call.subJobId(), "inner", TaskState.RUNNING);

        harness.control().cancel(submitted.id());

        assertThat(harness.awaitEnd(submitted.id()).state()).isEqualTo(JobState.CANCELLED);
        assertThat(harness.awaitEnd(call.subJobId()).state()).isEqualTo(JobState.CANCELLED);
        eventually().until(() -> runtime.invocationsOf("inner").getFirst().wasInterrupted());
    }

    @Test
    void cancellingAnAttachedSubJobCancelsItsParentJob() {
        runtime.on("inner").blocks();
        Job submitted = harness.submit(job(subJob("call", false, null, null, task("inner").build())));
        eventually().until(() -> runtime.wasInvoked("inner"));
        Task call = harness.latestTask(submitted.id(), "call").orElseThrow();

        harness.control().cancel(call.subJobId());

        assertThat(harness.awaitEnd(call.subJobId()).state()).isEqualTo(JobState.CANCELLED);
        assertThat(harness.awaitEnd(submitted.id()).state()).isEqualTo(JobState.CANCELLED);
    }

    @Test
    void aDetachedSubJobsTaskCompletesWithoutWaitingForIt() {
        runtime.on("inner").blocks();

        Job submitted = harness.submit(job(subJob("launch", true, null, null, task("inner").queue("side").build()),
                task("after").build()));
        Job ended = harness.awaitEnd(submitted.id());

        assertThat(ended.state()).isEqualTo(JobState.COMPLETED);
        Task launch = harness.latestTask(submitted.id(), "launch").orElseThrow();
        assertThat(launch.state()).isEqualTo(TaskState.COMPLETED);
        Job detached = harness.job(launch.subJobId());
        assertThat(detached.parentTaskId()).isNull();
        assertThat(detached.state().isActive()).isTrue();

        runtime.release("inner");
        assertThat(harness.awaitEnd(detached.id()).state()).isEqualTo(JobState.COMPLETED);
        assertThat(harness.job(submitted.id()).state()).isEqualTo(JobState.COMPLETED);
    }

    private static TaskSpec parallel(String name, TaskSpec... children) {
        return TaskSpec.builder().name(name).parallel(new ParallelSpec(List.of(children))).build();
    }

    private static TaskSpec each(String name, String list, Integer concurrency, TaskSpec template) {
        return TaskSpec.builder().name(name).each(new EachSpec(list, template, null, concurrency)).build();
    }

    private static TaskSpec subJob(String name, boolean detached, String output, Map<String, String> inputs,
                                   TaskSpec... tasks) {
        return TaskSpec.builder().name(name).var(detached ? null : "sub")
                .subjob(new SubJobSpec("child of " + name, null, List.of(tasks), inputs, null, null, output, detached, null))
                .build();
    }
}
