package io.tork.domain.testing;

import static io.tork.domain.testing.TestJobs.aJob;
import static io.tork.domain.testing.TestTasks.aContainerTask;
import static io.tork.domain.testing.TestTasks.aParallelTask;
import static io.tork.domain.testing.TestTasks.aSubJobTask;
import static io.tork.domain.testing.TestTasks.aTask;
import static io.tork.domain.testing.TestTasks.anEachTask;
import static org.assertj.core.api.Assertions.assertThat;

import io.tork.domain.job.JobState;
import io.tork.domain.spec.TaskKind;
import io.tork.domain.task.TaskState;
import io.tork.domain.validation.JobValidator;
import io.tork.domain.validation.TaskValidator;
import org.junit.jupiter.api.Test;

/** The builders other modules' tests rely on: their defaults must be valid and their states real. */
class TestBuildersTest {
    private final JobValidator validator = new JobValidator(new TaskValidator(true));

    @Test
    void theDefaultJobIsAValidOneTaskJob() {
        assertThat(aJob().spec().taskCount()).isEqualTo(1);
        assertThat(aJob().spec().tasks().getFirst().kind()).isInstanceOf(TaskKind.Container.class);
        assertThat(validator.validate(aJob().spec())).isEmpty();
    }

    @Test
    void everyTaskBuilderGivesAValidTaskOfItsKind() {
        assertThat(validator.validate(aJob().tasks(aContainerTask().build(), aParallelTask().build(),
                anEachTask().build(), aSubJobTask().build()).spec())).isEmpty();
        assertThat(aParallelTask().build().kind()).isInstanceOf(TaskKind.Parallel.class);
        assertThat(anEachTask().build().kind()).isInstanceOf(TaskKind.Each.class);
        assertThat(aSubJobTask().build().kind()).isInstanceOf(TaskKind.SubJob.class);
    }

    @Test
    void jobsAreBuiltInTheStateAskedFor() {
        assertThat(aJob().pending().state()).isEqualTo(JobState.PENDING);
        assertThat(aJob().scheduled().state()).isEqualTo(JobState.SCHEDULED);
        assertThat(aJob().running().state()).isEqualTo(JobState.RUNNING);
        assertThat(aJob().running().position()).isEqualTo(1);
    }

    @Test
    void attemptsAreBuiltInTheStateAskedFor() {
        assertThat(aTask().created().state()).isEqualTo(TaskState.CREATED);
        assertThat(aTask().pending().state()).isEqualTo(TaskState.PENDING);
        assertThat(aTask().scheduled().state()).isEqualTo(TaskState.SCHEDULED);
        assertThat(aTask().running().nodeId()).isEqualTo("node-1");
        assertThat(aTask().completed("r").result()).isEqualTo("r");
        assertThat(aTask().failed("e").error()).isEqualTo("e");
        assertThat(aTask().cancelled().state()).isEqualTo(TaskState.CANCELLED);
        assertThat(aTask().pending().jobId()).isEqualTo(TestJobs.JOB_ID);
    }
}
