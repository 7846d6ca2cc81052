package io.tork.application.coordinator;

import static io.tork.application.testing.Harness.eventually;
import static io.tork.application.testing.Specs.job;
import static io.tork.application.testing.Specs.task;
import static org.assertj.core.api.Assertions.assertThat;

import io.tork.application.port.out.Activity;
import io.tork.application.port.out.Activity.JobChanged;
import io.tork.application.port.out.Activity.LogAppended;
import io.tork.application.port.out.Subscription;
import io.tork.application.testing.Harness;
import io.tork.domain.job.Job;
import io.tork.domain.job.JobState;
import io.tork.domain.task.TaskState;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Watchers (the web console) are told after every stored change of a job, its tasks and their logs. */
class ActivityNoticesTest {
    private final Harness harness = Harness.start();

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void everyStepOfAJobIsNoticedAfterItIsStored() {
        harness.runtime().on("say").logs("hello\n").returns("done");
        List<JobState> statesSeen = new CopyOnWriteArrayList<>();
        List<Activity> notices = new CopyOnWriteArrayList<>();
        Job submitted;
        try (Subscription ignored = harness.reading().watch(activity -> {
            notices.add(activity);
            // the change a notice announces is already readable
            if (activity instanceof JobChanged changed) statesSeen.add(harness.job(changed.jobId()).state());
        })) {
            submitted = harness.submit(job(task("say").build()));
            harness.awaitEnd(submitted.id());
            eventually().until(() -> statesSeen.contains(JobState.COMPLETED));
        }

        String jobId = submitted.id();
        assertThat(notices).filteredOn(JobChanged.class::isInstance)
                .allSatisfy(n -> assertThat(((JobChanged) n).jobId()).isEqualTo(jobId))
                // the start on submission (which schedules the task), the completion (which carries a short task's start)
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(notices).filteredOn(LogAppended.class::isInstance)
                .extracting(n -> ((LogAppended) n).part().contents()).containsExactly("hello\n");
        assertThat(statesSeen).contains(JobState.COMPLETED);
        assertThat(harness.execution(jobId)).extracting(t -> t.state()).containsExactly(TaskState.COMPLETED);
    }

    @Test
    void aCancelledJobIsNoticed() {
        harness.runtime().on("long").blocks();
        Job submitted = harness.submit(job(task("long").build()));
        harness.awaitTask(submitted.id(), "long", TaskState.RUNNING);
        int before = harness.events().announced().size();

        harness.control().cancel(submitted.id());
        harness.awaitState(submitted.id(), JobState.CANCELLED);

        eventually().untilAsserted(() -> assertThat(harness.events().announced().subList(before,
                harness.events().announced().size())).contains(new JobChanged(submitted.id())));
    }

    @Test
    void aWatcherThatFailsDoesNotStopTheJob() {
        try (Subscription ignored = harness.reading().watch(activity -> {
            throw new IllegalStateException("deliberate failure of a watcher");
        })) {
            Job submitted = harness.submit(job(task("any").build()));
            assertThat(harness.awaitEnd(submitted.id()).state()).isEqualTo(JobState.COMPLETED);
        }
    }
}
