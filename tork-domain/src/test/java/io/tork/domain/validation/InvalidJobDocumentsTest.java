package io.tork.domain.validation;

import static io.tork.domain.testing.TestJobs.aJob;
import static io.tork.domain.testing.TestTasks.aContainerTask;
import static io.tork.domain.testing.TestTasks.aParallelTask;
import static io.tork.domain.testing.TestTasks.aSubJobTask;
import static io.tork.domain.testing.TestTasks.anEachTask;
import static org.assertj.core.api.Assertions.assertThat;

import io.tork.domain.spec.EachSpec;
import io.tork.domain.spec.JobDefaults;
import io.tork.domain.spec.JobSpec;
import io.tork.domain.spec.Mount;
import io.tork.domain.spec.ParallelSpec;
import io.tork.domain.spec.Permission;
import io.tork.domain.spec.Probe;
import io.tork.domain.spec.RetryPolicy;
import io.tork.domain.spec.SubJobSpec;
import io.tork.domain.spec.TaskSpec;
import io.tork.domain.spec.WaitSpec;
import io.tork.domain.spec.Webhook;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One rule broken per document: the validator reports exactly that one violation, at the field's path, with a
 * message saying what is wrong.
 */
class InvalidJobDocumentsTest {
    private static final String BAD_DURATION = "use a number with a unit, e.g. 500ms, 30s, 5m, 1h30m";
    private static final String RESERVED_QUEUE =
            "is reserved: queues starting with x- and the coordinator's queues can not take tasks";
    private static final String COORDINATES_ONLY = "task: it only coordinates other tasks";

    private final JobValidator validator = new JobValidator(new TaskValidator(true));

    @ParameterizedTest(name = "{0}")
    @MethodSource({"jobRules", "containerTaskRules", "compositeTaskRules", "mountRules", "auxiliaryTaskRules",
            "nestedRules"})
    void reportsTheOneBrokenRule(String rule, JobSpec document, String field, String message) {
        assertThat(validator.validate(document)).containsExactly(new Violation(field, message));
    }

    static Stream<Arguments> jobRules() {
        return Stream.of(
                broken("job name missing", aJob().name(null).spec(), "name", "is required"),
                broken("job name blank", aJob().name("  ").spec(), "name", "is required"),
                broken("tasks missing", aJob().tasks((List<TaskSpec>) null).spec(),
                        "tasks", "is required: a job needs at least one task"),
                broken("tasks empty", aJob().tasks(List.of()).spec(),
                        "tasks", "is required: a job needs at least one task"),
                broken("job timeout not a duration", aJob().timeout("soon").spec(),
                        "timeout", "invalid duration 'soon': " + BAD_DURATION),
                broken("defaults.timeout without unit", aJob().defaults(defaults(null, "1234", null, null)).spec(),
                        "defaults.timeout", "invalid duration '1234': " + BAD_DURATION),
                broken("defaults.queue private", aJob().defaults(defaults(null, null, "x-foo", null)).spec(),
                        "defaults.queue", "'x-foo' " + RESERVED_QUEUE),
                broken("defaults.priority above 9", aJob().defaults(defaults(null, null, null, 12)).spec(),
                        "defaults.priority", "must be between 0 and 9 (was 12)"),
                broken("defaults.retry.limit above 10",
                        aJob().defaults(defaults(new RetryPolicy(50, null, null), null, null, null)).spec(),
                        "defaults.retry.limit", "must be between 1 and 10 (was 50)"),
                broken("defaults.retry without limit",
                        aJob().defaults(defaults(new RetryPolicy(null, "1s", null), null, null, null)).spec(),
                        "defaults.retry.limit", "is required when retry is set"),
                broken("autoDelete.after not a duration", aJob().autoDeleteAfter("tomorrow").spec(),
                        "autoDelete.after", "invalid duration 'tomorrow': " + BAD_DURATION),
                broken("wait without timeout", aJob().waitFor(new WaitSpec(null)).spec(),
                        "wait.timeout", "is required when wait is set"),
                broken("wait.timeout not a duration", aJob().waitFor(new WaitSpec("10")).spec(),
                        "wait.timeout", "invalid duration '10': " + BAD_DURATION),
                broken("webhook without url", aJob().webhooks(new Webhook(" ", null, null, null)).spec(),
                        "webhooks[0].url", "is required"),
                broken("webhook with an unknown event",
                        aJob().webhooks(new Webhook("http://example.com", null, "job.Whatever", null)).spec(),
                        "webhooks[0].event", "must be one of job.StateChange, job.Progress, task.StateChange, "
                                + "task.Progress (was 'job.Whatever')"),
                broken("second webhook without url", aJob().webhooks(new Webhook("http://example.com", null, null, null),
                        new Webhook(null, null, "job.Progress", null)).spec(), "webhooks[1].url", "is required"),
                broken("permission with user and role", aJob().permissions(new Permission("alice", "admins")).spec(),
                        "permissions[0]", "must name exactly one of user or role"),
                broken("permission with neither user nor role",
                        aJob().permissions(new Permission("alice", null), new Permission(null, "")).spec(),
                        "permissions[1]", "must name exactly one of user or role"));
    }

    static Stream<Arguments> containerTaskRules() {
        return Stream.of(
                brokenTask("task name missing", aContainerTask().name(null), "tasks[0].name", "is required"),
                brokenTask("image missing where images are required", aContainerTask().image(null),
                        "tasks[0].image", "is required"),
                brokenTask("retry without limit", aContainerTask().retry(new RetryPolicy(null, null, null)),
                        "tasks[0].retry.limit", "is required when retry is set"),
                brokenTask("retry.limit below 1", aContainerTask().retry(new RetryPolicy(0, null, null)),
                        "tasks[0].retry.limit", "must be between 1 and 10 (was 0)"),
                brokenTask("retry.limit above 10", aContainerTask().retry(new RetryPolicy(11, null, null)),
                        "tasks[0].retry.limit", "must be between 1 and 10 (was 11)"),
                brokenTask("retry.initialDelay not a duration", aContainerTask().retry(new RetryPolicy(2, "5", null)),
                        "tasks[0].retry.initialDelay", "invalid duration '5': " + BAD_DURATION),
                brokenTask("retry.scalingFactor below 1", aContainerTask().retry(new RetryPolicy(2, "1s", 0.5)),
                        "tasks[0].retry.scalingFactor", "must be between 1 and 10 (was 0.5)"),
                brokenTask("retry.scalingFactor above 10", aContainerTask().retry(new RetryPolicy(2, "1s", 10.5)),
                        "tasks[0].retry.scalingFactor", "must be between 1 and 10 (was 10.5)"),
                brokenTask("priority below 0", aContainerTask().priority(-1),
                        "tasks[0].priority", "must be between 0 and 9 (was -1)"),
                brokenTask("priority above 9", aContainerTask().priority(10),
                        "tasks[0].priority", "must be between 0 and 9 (was 10)"),
                brokenTask("timeout not a duration", aContainerTask().timeout("5x"),
                        "tasks[0].timeout", "invalid duration '5x': " + BAD_DURATION),
                brokenTask("timeout negative", aContainerTask().timeout("-5s"),
                        "tasks[0].timeout", "must not be negative (was '-5s')"),
                brokenTask("queue private (x-)", aContainerTask().queue("x-foo"), "tasks[0].queue", "'x-foo' " + RESERVED_QUEUE),
                brokenTask("queue of the coordinator", aContainerTask().queue("jobs"), "tasks[0].queue", "'jobs' " + RESERVED_QUEUE),
                brokenTask("var longer than 64", aContainerTask().var("v".repeat(65)),
                        "tasks[0].var", "must be at most 64 characters"),
                brokenTask("workdir longer than 256", aContainerTask().workdir("/" + "w".repeat(256)),
                        "tasks[0].workdir", "must be at most 256 characters"),
                brokenTask("file name with a path separator", aContainerTask().files(Map.of("dir/script.sh", "echo")),
                        "tasks[0].files", "'dir/script.sh' is not a plain file name"),
                brokenTask("file name ..", aContainerTask().files(Map.of("..", "x")),
                        "tasks[0].files", "'..' is not a plain file name"));
    }

    static Stream<Arguments> compositeTaskRules() {
        return Stream.of(
                brokenTask("parallel and each together",
                        aParallelTask().each(anEachTask().build().each()), "tasks[0].each",
                        "a task can be only one of parallel, each or subjob (found parallel and each)"),
                brokenTask("each and subjob together",
                        anEachTask().subjob(aSubJobTask().build().subjob()), "tasks[0].subjob",
                        "a task can be only one of parallel, each or subjob (found each and subjob)"),
                brokenTask("parallel and subjob together",
                        aParallelTask().subjob(aSubJobTask().build().subjob()), "tasks[0].subjob",
                        "a task can be only one of parallel, each or subjob (found parallel and subjob)"),
                brokenTask("parallel with an image", aParallelTask().image("busybox"),
                        "tasks[0].image", "is not allowed on a parallel " + COORDINATES_ONLY),
                brokenTask("parallel with a cmd", aParallelTask().cmd("echo"),
                        "tasks[0].cmd", "is not allowed on a parallel " + COORDINATES_ONLY),
                brokenTask("each with env", anEachTask().env(Map.of("A", "1")),
                        "tasks[0].env", "is not allowed on an each " + COORDINATES_ONLY),
                brokenTask("each with retry", anEachTask().retry(new RetryPolicy(2, null, null)),
                        "tasks[0].retry", "is not allowed on an each " + COORDINATES_ONLY),
                brokenTask("subjob with a timeout", aSubJobTask().timeout("5m"),
                        "tasks[0].timeout", "is not allowed on a subjob " + COORDINATES_ONLY),
                brokenTask("subjob with a queue", aSubJobTask().queue("urgent"),
                        "tasks[0].queue", "is not allowed on a subjob " + COORDINATES_ONLY),
                brokenTask("parallel with mounts", aParallelTask().mounts(List.of(Mount.volume("/data"))),
                        "tasks[0].mounts", "is not allowed on a parallel " + COORDINATES_ONLY),
                brokenTask("parallel without tasks", TaskSpec.builder().name("p").parallel(new ParallelSpec(List.of())),
                        "tasks[0].parallel.tasks", "is required: a parallel task needs at least one task"),
                brokenTask("parallel with tasks missing", TaskSpec.builder().name("p").parallel(new ParallelSpec(null)),
                        "tasks[0].parallel.tasks", "is required: a parallel task needs at least one task"),
                brokenTask("each without list", anEachTask(null, aContainerTask().build()),
                        "tasks[0].each.list", "is required"),
                brokenTask("each without task", anEachTask("{{ [1] }}", null), "tasks[0].each.task", "is required"),
                brokenTask("each concurrency below 0",
                        TaskSpec.builder().name("e").each(new EachSpec("{{ [1] }}", aContainerTask().build(), null, -1)),
                        "tasks[0].each.concurrency", "must be between 0 and 99999 (was -1)"),
                brokenTask("each concurrency above 99999",
                        TaskSpec.builder().name("e").each(new EachSpec("{{ [1] }}", aContainerTask().build(), null, 100_000)),
                        "tasks[0].each.concurrency", "must be between 0 and 99999 (was 100000)"),
                brokenTask("subjob without name", TaskSpec.builder().name("s").subjob(subJob(null, List.of(aContainerTask().build()))),
                        "tasks[0].subjob.name", "is required"),
                brokenTask("subjob without tasks", TaskSpec.builder().name("s").subjob(subJob("child", null)),
                        "tasks[0].subjob.tasks", "is required: a sub-job needs at least one task"),
                brokenTask("subjob webhook without url", TaskSpec.builder().name("s").subjob(new SubJobSpec("child", null,
                                List.of(aContainerTask().build()), null, null, null, null, null,
                                List.of(new Webhook(null, null, null, null)))),
                        "tasks[0].subjob.webhooks[0].url", "is required"),
                brokenTask("subjob autoDelete.after not a duration", TaskSpec.builder().name("s").subjob(new SubJobSpec("child",
                                null, List.of(aContainerTask().build()), null, null, new io.tork.domain.spec.AutoDelete("1d"),
                                null, null, null)),
                        "tasks[0].subjob.autoDelete.after", "invalid duration '1d': " + BAD_DURATION));
    }

    static Stream<Arguments> mountRules() {
        return Stream.of(
                brokenMount("mount without type", new Mount(null, null, "/data", null),
                        "tasks[0].mounts[0].type", "is required (volume, bind or tmpfs)"),
                brokenMount("volume mount with a source", new Mount("volume", "/host", "/data", null),
                        "tasks[0].mounts[0].source", "must be empty for a volume mount"),
                brokenMount("volume mount without target", new Mount("volume", null, null, null),
                        "tasks[0].mounts[0].target", "is required"),
                brokenMount("bind mount without source", new Mount("bind", null, "/data", null),
                        "tasks[0].mounts[0].source", "is required for a bind mount"),
                brokenMount("tmpfs mount with a source", new Mount("tmpfs", "/host", "/scratch", null),
                        "tasks[0].mounts[0].source", "must be empty for a tmpfs mount"),
                brokenMount("mount target /tork", Mount.volume("/tork"),
                        "tasks[0].mounts[0].target", "/tork is reserved for the engine"),
                brokenMount("mount target under /tork", Mount.volume("/tork/output"),
                        "tasks[0].mounts[0].target", "/tork is reserved for the engine"),
                brokenMount("mount target with a colon", Mount.volume("/data:rw"),
                        "tasks[0].mounts[0].target", "'/data:rw' has characters a mount path may not have"),
                brokenMount("bind source with a #", new Mount("bind", "/host#1", "/data", null),
                        "tasks[0].mounts[0].source", "'/host#1' has characters a mount path may not have"),
                brokenTask("volumes shorthand at /tork", aContainerTask().volumes(List.of("/tmp", "/tork")),
                        "tasks[0].volumes[1].target", "/tork is reserved for the engine"));
    }

    static Stream<Arguments> auxiliaryTaskRules() {
        TaskSpec sidecar = aContainerTask("web").build();
        return Stream.of(
                brokenTask("pre task without name", aContainerTask().pre(List.of(aContainerTask().name(null).build())),
                        "tasks[0].pre[0].name", "is required"),
                brokenTask("post task without image", aContainerTask().post(List.of(aContainerTask("p").image(null).build())),
                        "tasks[0].post[0].image", "is required"),
                brokenTask("sidecar probe port 0", withSidecar(sidecar, new Probe("/health", 0, null)),
                        "tasks[0].sidecars[0].probe.port", "must be between 1 and 65535"),
                brokenTask("sidecar probe port above 65535", withSidecar(sidecar, new Probe("/health", 65_536, null)),
                        "tasks[0].sidecars[0].probe.port", "must be between 1 and 65535"),
                brokenTask("sidecar probe without port", withSidecar(sidecar, new Probe("/health", null, null)),
                        "tasks[0].sidecars[0].probe.port", "is required"),
                brokenTask("sidecar probe path longer than 256", withSidecar(sidecar, new Probe("/" + "p".repeat(256), 80, null)),
                        "tasks[0].sidecars[0].probe.path", "must be at most 256 characters"),
                brokenTask("sidecar probe timeout not a duration", withSidecar(sidecar, new Probe("/", 80, "30")),
                        "tasks[0].sidecars[0].probe.timeout", "invalid duration '30': " + BAD_DURATION));
    }

    static Stream<Arguments> nestedRules() {
        return Stream.of(
                brokenTask("second parallel child without name",
                        aParallelTask(aContainerTask("ok").build(), aContainerTask().name(null).build()),
                        "tasks[0].parallel.tasks[1].name", "is required"),
                brokenTask("each template on a reserved queue",
                        anEachTask("{{ [1] }}", aContainerTask().queue("x-private").build()),
                        "tasks[0].each.task.queue", "'x-private' " + RESERVED_QUEUE),
                brokenTask("sub-job child without image", aSubJobTask(aContainerTask("inner").image(null).build()),
                        "tasks[0].subjob.tasks[0].image", "is required"),
                broken("second top-level task broken",
                        aJob().tasks(aContainerTask("first").build(), aContainerTask("second").priority(99).build()).spec(),
                        "tasks[1].priority", "must be between 0 and 9 (was 99)"),
                brokenTask("parallel inside parallel",
                        aParallelTask(aParallelTask(aContainerTask("a").build(), aContainerTask("b").var("x".repeat(70)).build()).build()),
                        "tasks[0].parallel.tasks[0].parallel.tasks[1].var", "must be at most 64 characters"));
    }

    private static Arguments broken(String rule, JobSpec document, String field, String message) {
        return Arguments.of(rule, document, field, message);
    }

    private static Arguments brokenTask(String rule, TaskSpec.Builder task, String field, String message) {
        return broken(rule, aJob().tasks(task.build()).spec(), field, message);
    }

    private static Arguments brokenMount(String rule, Mount mount, String field, String message) {
        return brokenTask(rule, aContainerTask().mounts(List.of(mount)), field, message);
    }

    private static JobDefaults defaults(RetryPolicy retry, String timeout, String queue, Integer priority) {
        return new JobDefaults(retry, null, timeout, queue, priority);
    }

    private static SubJobSpec subJob(String name, List<TaskSpec> tasks) {
        return new SubJobSpec(name, null, tasks, null, null, null, null, null, null);
    }

    private static TaskSpec.Builder withSidecar(TaskSpec sidecar, Probe probe) {
        return aContainerTask().sidecars(List.of(sidecar.toBuilder().probe(probe).build()));
    }
}
