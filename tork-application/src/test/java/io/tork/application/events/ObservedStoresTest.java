package io.tork.application.events;

import static io.tork.application.testing.Specs.job;
import static io.tork.application.testing.Specs.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tork.application.common.Steps;
import io.tork.application.common.Stores;
import io.tork.application.testing.FakeStores;
import io.tork.domain.job.Job;
import io.tork.domain.job.JobKind;
import io.tork.domain.job.JobState;
import io.tork.domain.task.Task;
import io.tork.domain.task.TaskState;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class ObservedStoresTest {
    private static final Instant AT = Instant.parse("2025-01-01T10:00:00Z");
    private final Recording listener = new Recording();
    private final Stores stores = ObservedStores.observe(new FakeStores().stores(), listener);

    @Test
    void aCreatedJobIsAnnouncedWithoutABefore() {
        Job job = Job.submitted("j1", JobKind.JOB, job(task("t").build()), AT);

        stores.jobs().create(job);

        assertThat(listener.changes).containsExactly("job j1 null -> PENDING");
    }

    @Test
    void aJobCreatedStartedIsStoredOnceAndAnnouncedAsBothStates() {
        Job submitted = Job.submitted("j1", JobKind.JOB, job(task("t").build()), AT);

        stores.jobs().createStarted(submitted, submitted.schedule(AT));

        assertThat(stores.jobs().find("j1")).get().extracting(Job::state).isEqualTo(JobState.SCHEDULED);
        assertThat(listener.changes).containsExactly("job j1 null -> PENDING", "job j1 PENDING -> SCHEDULED");
    }

    @Test
    void aTaskCreatedScheduledIsStoredOnceAndAnnouncedAsBothStates() {
        Task created = Task.pending("t1", "j1", null, 1, task("t").build(), AT);

        stores.tasks().createScheduled(created, created.schedule(created.spec(), AT));

        assertThat(stores.tasks().find("t1")).get().extracting(Task::state).isEqualTo(TaskState.SCHEDULED);
        assertThat(listener.changes).containsExactly("task t1 null -> PENDING", "task t1 PENDING -> SCHEDULED");
    }

    @Test
    void anUpdateIsAnnouncedWithTheStateBeforeAndAfter() {
        stores.jobs().create(Job.submitted("j1", JobKind.JOB, job(task("t").build()), AT));
        listener.changes.clear();

        stores.jobs().update("j1", j -> j.schedule(AT));

        assertThat(listener.changes).containsExactly("job j1 PENDING -> SCHEDULED");
    }

    @Test
    void anUpdateMadeOfStepsIsAnnouncedStepByStepThoughStoredOnce() {
        stores.jobs().create(Job.submitted("j1", JobKind.JOB, job(task("t").build()), AT));
        listener.changes.clear();

        Job stored = stores.jobs().update("j1", Steps.when(j -> j.state() == JobState.PENDING,
                j -> j.schedule(AT), j -> j, Job::markRunning));

        assertThat(stored.state()).isEqualTo(JobState.RUNNING);
        assertThat(listener.changes).containsExactly("job j1 PENDING -> SCHEDULED", "job j1 SCHEDULED -> RUNNING");
    }

    @Test
    void stepsWhoseGuardDoesNotHoldChangeAndAnnounceNothing() {
        stores.jobs().create(Job.submitted("j1", JobKind.JOB, job(task("t").build()), AT));
        listener.changes.clear();
        Steps<Job> steps = Steps.when(j -> j.state() == JobState.RUNNING, Job::markRunning);

        Job stored = stores.jobs().update("j1", steps);

        assertThat(steps.applied()).isFalse();
        assertThat(stored.state()).isEqualTo(JobState.PENDING);
        assertThat(listener.changes).isEmpty();
    }

    @Test
    void anUpdateThatChangesNothingIsNotAnnounced() {
        stores.jobs().create(Job.submitted("j1", JobKind.JOB, job(task("t").build()), AT));
        listener.changes.clear();

        stores.jobs().update("j1", j -> j);

        assertThat(listener.changes).isEmpty();
    }

    @Test
    void changesInsideATransactionAreAnnouncedOnlyWhenItCommits() {
        List<String> seenInside = new CopyOnWriteArrayList<>();

        stores.transactions().run(() -> {
            stores.jobs().create(Job.submitted("j1", JobKind.JOB, job(task("t").build()), AT));
            stores.tasks().create(Task.pending("t1", "j1", null, 1, task("t").build(), AT));
            stores.transactions().run(() -> stores.tasks().update("t1", t -> t.schedule(t.spec(), AT)));
            seenInside.addAll(listener.changes);
        });

        assertThat(seenInside).isEmpty();
        assertThat(listener.changes).containsExactly("job j1 null -> PENDING", "task t1 null -> PENDING",
                "task t1 PENDING -> SCHEDULED");
    }

    @Test
    void changesOfATransactionThatRollsBackAreNeverAnnounced() {
        IllegalStateException failure = new IllegalStateException("boom");

        assertThatThrownBy(() -> stores.transactions().run(() -> {
            stores.jobs().create(Job.submitted("j1", JobKind.JOB, job(task("t").build()), AT));
            throw failure;
        })).isSameAs(failure);

        assertThat(listener.changes).isEmpty();
        assertThat(stores.jobs().find("j1")).isEmpty();
    }

    @Test
    void aFailingListenerDoesNotFailTheChange() {
        Stores failing = ObservedStores.observe(new FakeStores().stores(), new StoreChangeListener() {
            @Override
            public void jobChanged(Job before, Job after) {
                throw new IllegalStateException("listener bug");
            }

            @Override
            public void taskChanged(Task before, Task after) {
                throw new IllegalStateException("listener bug");
            }
        });

        failing.transactions().run(() -> failing.jobs().create(
                Job.submitted("j1", JobKind.JOB, job(task("t").build()), AT)));

        assertThat(failing.jobs().find("j1")).isPresent();
    }

    private static final class Recording implements StoreChangeListener {
        final List<String> changes = new CopyOnWriteArrayList<>();

        @Override
        public void jobChanged(Job before, Job after) {
            changes.add("job " + after.id() + " " + state(before == null ? null : before.state()) + " -> " + after.state());
        }

        @Override
        public void taskChanged(Task before, Task after) {
            changes.add("task " + after.id() + " " + taskState(before) + " -> " + after.state());
        }

        private static String state(JobState s) {
            return String.valueOf(s);
        }

        private static String taskState(Task t) {
            return t == null ? "null" : String.valueOf(t.state());
        }
    }
}
