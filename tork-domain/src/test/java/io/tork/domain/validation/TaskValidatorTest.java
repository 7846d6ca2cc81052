package io.tork.domain.validation;

import static io.tork.domain.testing.TestTasks.aContainerTask;
import static io.tork.domain.testing.TestTasks.aParallelTask;
import static io.tork.domain.testing.TestTasks.anEachTask;
import static org.assertj.core.api.Assertions.assertThat;

import io.tork.domain.spec.RetryPolicy;
import org.junit.jupiter.api.Test;

/** A task validated on its own (the single-task API) has paths that start at the task itself. */
class TaskValidatorTest {
    private final TaskValidator validator = new TaskValidator(true);

    @Test
    void aValidTaskHasNoViolations() {
        assertThat(validator.validate(aContainerTask().build())).isEmpty();
    }

    @Test
    void pathsStartAtTheTask() {
        assertThat(validator.validate(aContainerTask().name(null).retry(new RetryPolicy(20, null, null)).build()))
                .containsExactly(new Violation("name", "is required"),
                        new Violation("retry.limit", "must be between 1 and 10 (was 20)"));
    }

    @Test
    void twoCompositeKindsAtTheTopNameTheSecond() {
        assertThat(validator.validate(aParallelTask().each(anEachTask().build().each()).build())).extracting(Violation::field)
                .containsExactly("each");
    }

    @Test
    void aMissingTaskIsOneViolation() {
        assertThat(validator.validate(null)).containsExactly(new Violation("", "must be a task, not empty"));
    }
}
