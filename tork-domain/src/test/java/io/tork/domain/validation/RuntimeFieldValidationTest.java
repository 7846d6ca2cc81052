package io.tork.domain.validation;

import static io.tork.domain.testing.TestJobs.aJob;
import static io.tork.domain.testing.TestTasks.aContainerTask;
import static io.tork.domain.testing.TestTasks.aParallelTask;
import static org.assertj.core.api.Assertions.assertThat;

import io.tork.domain.spec.JobSpec;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A task's {@code runtime} field picks one of the runtimes the engine knows; images follow the runtime picked. */
class RuntimeFieldValidationTest {
    private static final KnownRuntimes DOCKER_DEFAULT = new KnownRuntimes("docker",
            Set.of("docker", "podman", "shell"), Set.of("docker", "podman"));
    private static final KnownRuntimes SHELL_DEFAULT = new KnownRuntimes("shell",
            Set.of("docker", "podman", "shell"), Set.of("docker", "podman"));

    private final JobValidator validator = new JobValidator(new TaskValidator(DOCKER_DEFAULT));

    @Test
    void aKnownRuntimeIsAccepted() {
        JobSpec job = aJob().tasks(aContainerTask().runtime("podman").build()).spec();

        assertThat(validator.validate(job)).isEmpty();
    }

    @Test
    void anUnknownRuntimeIsNamedWithItsPathAndTheKnownOnes() {
        JobSpec job = aJob().tasks(aContainerTask().build(), aContainerTask().runtime("rkt").build()).spec();

        assertThat(validator.validate(job)).containsExactly(new Violation("tasks[1].runtime",
                "unknown runtime 'rkt': known runtimes are docker, podman, shell"));
    }

    @Test
    void aBlankRuntimeIsRefused() {
        JobSpec job = aJob().tasks(aContainerTask().runtime(" ").build()).spec();

        assertThat(validator.validate(job)).containsExactly(new Violation("tasks[0].runtime",
                "must name a runtime (docker, podman, shell) or be left out"));
    }

    @Test
    void childrenOfCompositeTasksAreCheckedToo() {
        JobSpec job = aJob().tasks(aParallelTask(aContainerTask().runtime("nope").build()).build()).spec();

        assertThat(validator.validate(job)).extracting(Violation::field)
                .containsExactly("tasks[0].parallel.tasks[0].runtime");
    }

    @Test
    void compositeTasksCannotPickARuntime() {
        JobSpec job = aJob().tasks(aParallelTask().runtime("podman").build()).spec();

        assertThat(validator.validate(job)).extracting(Violation::field).containsExactly("tasks[0].runtime");
    }

    @Test
    void preAndPostTasksRunOnTheirTasksRuntime() {
        JobSpec job = aJob().tasks(aContainerTask().runtime("podman")
                .pre(List.of(aContainerTask("pre").runtime("docker").build())).build()).spec();

        assertThat(validator.validate(job)).containsExactly(new Violation("tasks[0].pre[0].runtime",
                "is not allowed here: pre, post and sidecar tasks run on their task's runtime"));
    }

    @Test
    void theImageIsRequiredByTheRuntimeThatRunsTheTask() {
        JobValidator shellByDefault = new JobValidator(new TaskValidator(SHELL_DEFAULT));
        JobSpec job = aJob().tasks(
                aContainerTask("on the default").image(null).build(),
                aContainerTask("on podman").image(null).runtime("podman")
                        .pre(List.of(aContainerTask("pre").image(null).build())).build(),
                aContainerTask("on shell").image(null).runtime("shell").build()).spec();

        assertThat(shellByDefault.validate(job)).extracting(Violation::field)
                .containsExactly("tasks[1].image", "tasks[1].pre[0].image");
        assertThat(validator.validate(job)).extracting(Violation::field)
                .containsExactly("tasks[0].image", "tasks[1].image", "tasks[1].pre[0].image");
    }

    @Test
    void withoutKnownNamesAnyRuntimeIsAccepted() {
        JobValidator unchecked = new JobValidator(new TaskValidator(KnownRuntimes.unchecked(true)));
        JobSpec job = aJob().tasks(aContainerTask().runtime("anything").build()).spec();

        assertThat(unchecked.validate(job)).isEmpty();
    }
}
