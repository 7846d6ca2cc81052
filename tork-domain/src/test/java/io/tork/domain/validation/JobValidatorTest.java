package io.tork.domain.validation;

import static io.tork.domain.testing.TestJobs.aJob;
import static io.tork.domain.testing.TestTasks.aContainerTask;
import static io.tork.domain.testing.TestTasks.aParallelTask;
import static io.tork.domain.testing.TestTasks.aSubJobTask;
import static io.tork.domain.testing.TestTasks.anEachTask;
import static org.assertj.core.api.Assertions.assertThat;

import io.tork.domain.spec.AutoDelete;
import io.tork.domain.spec.EachSpec;
import io.tork.domain.spec.JobDefaults;
import io.tork.domain.spec.JobSpec;
import io.tork.domain.spec.Limits;
import io.tork.domain.spec.Mount;
import io.tork.domain.spec.ParallelSpec;
import io.tork.domain.spec.Permission;
import io.tork.domain.spec.Probe;
import io.tork.domain.spec.Registry;
import io.tork.domain.spec.RetryPolicy;
import io.tork.domain.spec.SubJobSpec;
import io.tork.domain.spec.TaskSpec;
import io.tork.domain.spec.WaitSpec;
import io.tork.domain.spec.Webhook;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JobValidatorTest {
    private final JobValidator validator = new JobValidator(new TaskValidator(true));

    @Test
    void aFullRealisticJobUsingEveryFieldIsValid() {
        assertThat(validator.validate(everyField())).isEmpty();
    }

    @Test
    void theDefaultTestJobIsValid() {
        assertThat(validator.validate(aJob().spec())).isEmpty();
    }

    @Test
    void reportsEveryProblemAtOnce() {
        JobSpec document = aJob().name(null)
                .tasks(aContainerTask().name(null).build(),
                        aContainerTask("second").retry(new RetryPolicy(0, null, null)).queue("x-mine").build(),
                        aParallelTask(aContainerTask("child").timeout("forever").build()).build())
                .spec();

        assertThat(validator.validate(document)).extracting(Violation::field).containsExactly(
                "name",
                "tasks[0].name",
                "tasks[1].queue",
                "tasks[1].retry.limit",
                "tasks[2].parallel.tasks[0].timeout");
    }

    @Test
    void anEmptyDocumentIsOneViolation() {
        assertThat(validator.validate(null)).containsExactly(new Violation("", "the job document is empty"));
    }

    @Test
    void aCompositeTaskWithSeveralForbiddenFieldsNamesEachOfThem() {
        JobSpec document = aJob().tasks(aParallelTask().image("busybox").run("echo").queue("q")
                .limits(new Limits("1", null)).build()).spec();

        assertThat(validator.validate(document)).extracting(Violation::field)
                .containsExactly("tasks[0].image", "tasks[0].run", "tasks[0].queue", "tasks[0].limits");
    }

    @Test
    void twoCompositeKindsAreReportedOnceAndBothBodiesAreStillChecked() {
        TaskSpec both = aParallelTask(aContainerTask().name(null).build())
                .each(new EachSpec(null, aContainerTask().build(), null, null)).build();

        assertThat(validator.validate(aJob().tasks(both).spec())).extracting(Violation::field)
                .containsExactly("tasks[0].each", "tasks[0].parallel.tasks[0].name", "tasks[0].each.list");
    }

    @Test
    void imagesAreOptionalWhereTheRuntimeDoesNotNeedThem() {
        JobValidator shell = new JobValidator(new TaskValidator(false));
        JobSpec document = aJob().tasks(aContainerTask().image(null).build(),
                aParallelTask(aContainerTask("child").image(null).build()).build()).spec();

        assertThat(shell.validate(document)).isEmpty();
        assertThat(validator.validate(document)).extracting(Violation::field)
                .containsExactly("tasks[0].image", "tasks[1].parallel.tasks[0].image");
    }

    static Stream<Arguments> validEdgeCases() {
        return Stream.of(
                valid("var of exactly 64 characters", aContainerTask().var("v".repeat(64))),
                valid("workdir of exactly 256 characters", aContainerTask().workdir("/" + "w".repeat(255))),
                valid("retry.limit 1", aContainerTask().retry(new RetryPolicy(1, null, null))),
                valid("retry.limit 10 with back-off bounds",
                        aContainerTask().retry(new RetryPolicy(10, "0", 1.0))),
                valid("scalingFactor 10", aContainerTask().retry(new RetryPolicy(3, "1s", 10.0))),
                valid("priority 0", aContainerTask().priority(0)),
                valid("priority 9", aContainerTask().priority(9)),
                valid("queue urgent", aContainerTask().queue("urgent")),
                valid("a queue that only contains x-", aContainerTask().queue("box-x-")),
                valid("timeout 6h", aContainerTask().timeout("6h")),
                valid("each concurrency 0 (unlimited)",
                        TaskSpec.builder().name("e").each(new EachSpec("{{ [1] }}", aContainerTask().build(), null, 0))),
                valid("each concurrency 99999",
                        TaskSpec.builder().name("e").each(new EachSpec("{{ [1] }}", aContainerTask().build(), "x", 99_999))),
                valid("each list that is plain text", anEachTask("1+1", aContainerTask().build())),
                valid("volume mount with a target", aContainerTask().mounts(List.of(Mount.volume("/data")))),
                valid("bind mount with a source", aContainerTask().mounts(List.of(new Mount("bind", "/host/dir", "/data", null)))),
                valid("tmpfs mount", aContainerTask().mounts(List.of(new Mount("tmpfs", null, "/scratch", Map.of("size", "1m"))))),
                valid("custom mount type with a key=value source", aContainerTask().mounts(List.of(
                        new Mount("custom", "bucket=some-bucket path=/mnt/some-path", "/some/target", null)))),
                valid("a target that merely starts with tork", aContainerTask().mounts(List.of(Mount.volume("/torkdata")))),
                valid("probe ports 1 and 65535", aContainerTask().sidecars(List.of(
                        aContainerTask("a").probe(new Probe("/", 1, "1s")).build(),
                        aContainerTask("b").probe(new Probe(null, 65_535, null)).build()))),
                valid("a detached sub-job", TaskSpec.builder().name("s").subjob(new SubJobSpec("child", null,
                        List.of(aContainerTask().build()), null, null, null, null, true, null))),
                valid("file names with dots", aContainerTask().files(Map.of("script.sh", "echo", ".env", "A=1"))),
                valid("an empty duration is no duration", aContainerTask().timeout("")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validEdgeCases")
    void acceptsTheEdgesOfEachRule(String rule, JobSpec document) {
        assertThat(validator.validate(document)).isEmpty();
    }

    @Test
    void everyWebhookEventAndTheDefaultAreAccepted() {
        JobSpec document = aJob().webhooks(
                hook(null), hook(""), hook("job.StateChange"), hook("job.Progress"),
                hook("task.StateChange"), hook("task.Progress")).spec();

        assertThat(validator.validate(document)).isEmpty();
    }

    @Test
    void aPermissionForAUserOrForARoleIsAccepted() {
        JobSpec document = aJob().permissions(new Permission("alice", null), new Permission(null, "admins")).spec();

        assertThat(validator.validate(document)).isEmpty();
    }

    @Test
    void violationsReadAsFieldThenProblem() {
        assertThat(new Violation("tasks[0].name", "is required")).hasToString("tasks[0].name: is required");
        assertThat(new Violation("", "the job document is empty")).hasToString("the job document is empty");
    }

    private static Arguments valid(String rule, TaskSpec.Builder task) {
        return Arguments.of(rule, aJob().tasks(task.build()).spec());
    }

    private static Webhook hook(String event) {
        return new Webhook("http://example.com/hook", null, event, null);
    }

    /** A realistic document that sets every field of the job language at least once. */
    static JobSpec everyField() {
        TaskSpec build = TaskSpec.builder()
                .name("build")
                .description("compiles the project")
                .image("golang:1.22")
                .run("go build ./... > $TORK_OUTPUT")
                .cmd("sh", "-c")
                .entrypoint(List.of("/bin/sh"))
                .env(Map.of("GOFLAGS", "-mod=vendor", "REF", "{{ inputs.ref }}"))
                .files(Map.of("build.sh", "#!/bin/sh\ngo build", "settings.json", "{}"))
                .workdir("/src")
                .queue("builds")
                .priority(5)
                .retry(new RetryPolicy(3, "2s", 2.0))
                .limits(new Limits(".5", "512m"))
                .timeout("30m")
                .gpus("count=1")
                .mounts(List.of(
                        Mount.volume("/cache"),
                        new Mount("bind", "/srv/data", "/data", Map.of("readonly", "true")),
                        new Mount("tmpfs", null, "/scratch", null)))
                .volumes(List.of("/tmp/work"))
                .networks(List.of("build-net"))
                .registry(new Registry("robot", "{{ secrets.registryPassword }}"))
                .pre(List.of(aContainerTask("checkout").run("git clone $REPO .").build()))
                .post(List.of(aContainerTask("upload").run("echo upload").build()))
                .sidecars(List.of(aContainerTask("postgres").image("postgres:16")
                        .probe(new Probe("/ready", 5432, "30s")).build()))
                .var("binary")
                .condition("{{ inputs.skipBuild != 'true' }}")
                .tags(List.of("ci"))
                .build();
        TaskSpec fanOut = aParallelTask(aContainerTask("lint").build(), aContainerTask("test").build())
                .description("checks run side by side").var("checks").condition("true").tags(List.of("checks"))
                .build();
        TaskSpec perRegion = TaskSpec.builder().name("deploy per region")
                .each(new EachSpec("{{ split(inputs.regions, ',') }}",
                        aContainerTask("deploy").env(Map.of("REGION", "{{ region.value }}")).build(), "region", 2))
                .build();
        TaskSpec notify = aSubJobTask().subjob(new SubJobSpec("notify", "tells everyone",
                List.of(aContainerTask("mail").build()), Map.of("to", "{{ inputs.team }}"), Map.of("smtp", "s3cret"),
                new AutoDelete("1h"), "{{ tasks.mail }}", false,
                List.of(new Webhook("http://hooks.example.com/sub", Map.of("X-Token", "t"), "job.StateChange", null))))
                .build();
        return aJob()
                .name("release")
                .description("builds, checks and deploys a release")
                .tags("release", "prod")
                .inputs(Map.of("ref", "main", "regions", "eu,us", "team", "ops", "skipBuild", "false"))
                .secrets(Map.of("registryPassword", "hunter2"))
                .tasks(build, fanOut, perRegion, notify)
                .output("{{ tasks.binary }}")
                .defaults(new JobDefaults(new RetryPolicy(2, null, null), new Limits("1", "1g"), "1h", "default", 1))
                .webhooks(new Webhook("http://hooks.example.com/job", Map.of("Authorization", "Bearer {{ secrets.registryPassword }}"),
                        "job.StateChange", "{{ job.state == 'COMPLETED' }}"))
                .permissions(new Permission("alice", null), new Permission(null, "release-managers"))
                .autoDeleteAfter("24h")
                .waitFor(new WaitSpec("10m"))
                .timeout("2h")
                .spec();
    }
}
