package io.tork.application.job;

import static io.tork.application.testing.Specs.job;
import static io.tork.application.testing.Specs.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tork.application.port.out.NotFoundException;
import io.tork.application.testing.Harness;
import io.tork.domain.job.Job;
import io.tork.domain.job.JobState;
import io.tork.domain.task.TaskState;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JobReadingTest {
    private final Harness harness = Harness.start();

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void awaitEndReturnsTheJobOnceItEnded() throws InterruptedException {
        harness.runtime().on("long").blocks();
        Job submitted = harness.submit(job(task("long").build()));
        harness.awaitTask(submitted.id(), "long", TaskState.RUNNING);

        Thread.ofVirtual().start(() -> harness.runtime().release("long"));
        Optional<Job> ended = harness.reading().awaitEnd(submitted.id(), Harness.PATIENCE);

        assertThat(ended).hasValueSatisfying(j -> assertThat(j.state()).isEqualTo(JobState.COMPLETED));
    }

    @Test
    void awaitEndOfAJobThatAlreadyEndedAnswersAtOnce() throws InterruptedException {
        Job submitted = harness.submit(job(task("quick").build()));
        harness.awaitEnd(submitted.id());

        assertThat(harness.reading().awaitEnd(submitted.id(), Duration.ZERO))
                .hasValueSatisfying(j -> assertThat(j.state()).isEqualTo(JobState.COMPLETED));
    }

    @Test
    void awaitEndIsEmptyWhenTheJobDoesNotEndInTime() throws InterruptedException {
        harness.runtime().on("long").blocks();
        Job submitted = harness.submit(job(task("long").build()));

        Optional<Job> ended = harness.reading().awaitEnd(submitted.id(), Duration.ofMillis(50));

        assertThat(ended).isEmpty();
        harness.runtime().release("long");
        harness.awaitEnd(submitted.id());
    }

    @Test
    void unknownJobsAndTasksAreNotFound() {
        assertThatThrownBy(() -> harness.reading().job("nope")).isInstanceOf(NotFoundException.class)
                .hasMessage("job not found");
        assertThatThrownBy(() -> harness.reading().task("nope")).isInstanceOf(NotFoundException.class)
                .hasMessage("task not found");
        assertThatThrownBy(() -> harness.reading().taskLog("nope", 1, 10)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> harness.reading().jobLog("nope", 1, 10)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> harness.reading().awaitEnd("nope", Duration.ZERO)).isInstanceOf(NotFoundException.class);
    }
}
