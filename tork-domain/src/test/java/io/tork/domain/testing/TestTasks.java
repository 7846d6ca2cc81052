package io.tork.domain.testing;

import io.tork.domain.spec.EachSpec;
import io.tork.domain.spec.ParallelSpec;
import io.tork.domain.spec.SubJobSpec;
import io.tork.domain.spec.TaskSpec;
import io.tork.domain.task.Task;
import java.time.Instant;
import java.util.List;

/**
 * Task definitions and task attempts for tests. Every definition returned here is valid as it is; tests change
 * the one field they care about.
 */
public final class TestTasks {
    public static final String IMAGE = "busybox:latest";

    private TestTasks() {
    }

    /** A container task named {@code test task} that runs {@code echo hello} in {@link #IMAGE}. */
    public static TaskSpec.Builder aContainerTask() {
        return aContainerTask("test task");
    }

    public static TaskSpec.Builder aContainerTask(String name) {
        return TaskSpec.builder().name(name).image(IMAGE).run("echo hello");
    }

    /** A parallel task over {@code children} (or two container tasks when none are given). */
    public static TaskSpec.Builder aParallelTask(TaskSpec... children) {
        List<TaskSpec> tasks = children.length > 0 ? List.of(children)
                : List.of(aContainerTask("first").build(), aContainerTask("second").build());
        return TaskSpec.builder().name("parallel task").parallel(new ParallelSpec(tasks));
    }

    /** An each task running {@code template} once per element of the expression {@code list}. */
    public static TaskSpec.Builder anEachTask(String list, TaskSpec template) {
        return TaskSpec.builder().name("each task").each(new EachSpec(list, template, null, null));
    }

    /** An each task over {@code [1, 2, 3]} echoing the loop variable. */
    public static TaskSpec.Builder anEachTask() {
        return anEachTask("{{ [1, 2, 3] }}", aContainerTask("element").run("echo {{ item.value }}").build());
    }

    /** An attached sub-job task running {@code tasks} (or one container task when none are given). */
    public static TaskSpec.Builder aSubJobTask(TaskSpec... tasks) {
        List<TaskSpec> body = tasks.length > 0 ? List.of(tasks) : List.of(aContainerTask("inner").build());
        return TaskSpec.builder().name("sub-job task")
                .subjob(new SubJobSpec("sub job", null, body, null, null, null, null, null, null));
    }

    /** An attempt at a task, by default the first attempt at a container task at position 1 of {@code job-1}. */
    public static AttemptBuilder aTask() {
        return new AttemptBuilder();
    }

    /**
     * Builds a task attempt and walks it through legal transitions to the state asked for, so the timestamps
     * and fields of that state are set the way the domain sets them.
     */
    public static final class AttemptBuilder {
        private String id = "task-1";
        private String jobId = TestJobs.JOB_ID;
        private String parentId;
        private int position = 1;
        private TaskSpec spec = aContainerTask().build();
        private Instant at = TestJobs.T0;
        private String nodeId = "node-1";

        private AttemptBuilder() {
        }

        public AttemptBuilder id(String v) { id = v; return this; }
        public AttemptBuilder jobId(String v) { jobId = v; return this; }
        public AttemptBuilder parentId(String v) { parentId = v; return this; }
        public AttemptBuilder position(int v) { position = v; return this; }
        public AttemptBuilder spec(TaskSpec v) { spec = v; return this; }
        public AttemptBuilder spec(TaskSpec.Builder v) { spec = v.build(); return this; }
        /** The instant every transition of the built attempt happens at. */
        public AttemptBuilder at(Instant v) { at = v; return this; }
        public AttemptBuilder nodeId(String v) { nodeId = v; return this; }

        public Task created() {
            return Task.created(id, jobId, parentId, position, spec, at);
        }

        public Task pending() {
            return Task.pending(id, jobId, parentId, position, spec, at);
        }

        public Task scheduled() {
            return pending().schedule(spec, at);
        }

        public Task running() {
            return scheduled().start(nodeId, at);
        }

        public Task completed(String result) {
            return running().complete(result, at);
        }

        public Task failed(String error) {
            return running().fail(error, at);
        }

        public Task cancelled() {
            return running().cancel(at);
        }
    }
}
