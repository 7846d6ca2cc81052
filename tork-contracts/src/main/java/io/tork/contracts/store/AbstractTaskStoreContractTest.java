package io.tork.contracts.store;

import static io.tork.contracts.TestData.at;
import static io.tork.contracts.TestData.createdChild;
import static io.tork.contracts.TestData.eachSpec;
import static io.tork.contracts.TestData.job;
import static io.tork.contracts.TestData.newId;
import static io.tork.contracts.TestData.parallelSpec;
import static io.tork.contracts.TestData.richSpec;
import static io.tork.contracts.TestData.runningOn;
import static io.tork.contracts.TestData.scheduled;
import static io.tork.contracts.TestData.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tork.application.port.out.JobStore;
import io.tork.application.port.out.NotFoundException;
import io.tork.application.port.out.StoreException;
import io.tork.application.port.out.TaskStore;
import io.tork.contracts.Concurrently;
import io.tork.domain.job.Job;
import io.tork.domain.task.EachProgress;
import io.tork.domain.task.Task;
import io.tork.domain.task.TaskState;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link TaskStore} does. Tasks belong to a job that exists, so the suite also needs the job store
 * of the same datastore. Both are the same instances throughout one test and empty when each test starts.
 */
public abstract class AbstractTaskStoreContractTest {
    private Job job;

    protected abstract JobStore jobStore();

    protected abstract TaskStore taskStore();

    @BeforeEach
    void createJob() {
        job = newJob();
    }

    @Test
    void aCreatedTaskIsFoundAsItWasStored() {
        Task task = task(job.id(), 1, richSpec("rich"), at(1)).toBuilder()
                .each(new EachProgress(5, 2, 3)).stdoutAsResult(true).build();
        taskStore().create(task);

        assertThat(taskStore().find(task.id())).contains(task);
    }

    @Test
    void aTaskCreatedScheduledIsStoredInItsScheduledStateOnly() {
        Task created = task(job.id(), 1, at(1));
        Task scheduled = scheduled(created);

        taskStore().createScheduled(created, scheduled);

        assertThat(taskStore().find(created.id())).contains(scheduled);
        assertThat(taskStore().activeTasksOfJob(job.id())).containsExactly(scheduled);
    }

    @Test
    void anUnknownTaskIsAbsent() {
        assertThat(taskStore().find(newId())).isEmpty();
    }

    @Test
    void aTaskOfAnUnknownJobIsRefused() {
        Task orphan = task(newId(), 1, at(1));

        assertThatThrownBy(() -> taskStore().create(orphan)).isInstanceOf(StoreException.class);
        assertThat(taskStore().find(orphan.id())).isEmpty();
    }

    @Test
    void creatingATaskTwiceIsRefused() {
        Task task = store(task(job.id(), 1, at(1)));

        assertThatThrownBy(() -> taskStore().create(task)).isInstanceOf(StoreException.class);
    }

    @Test
    void anUpdateStoresAndReturnsTheChangedTask() {
        Task task = store(task(job.id(), 1, at(1)));

        Task stored = taskStore().update(task.id(), t -> runningOn(t, "node-1"));

        assertThat(stored.state()).isEqualTo(TaskState.RUNNING);
        assertThat(stored.nodeId()).isEqualTo("node-1");
        assertThat(taskStore().find(task.id())).contains(stored);
    }

    @Test
    void updatingAnUnknownTaskFailsWithTaskNotFound() {
        assertThatThrownBy(() -> taskStore().update(newId(), t -> t))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("task not found");
    }

    @Test
    void aChangeThatThrowsLeavesTheTaskAsItWas() {
        Task task = store(task(job.id(), 1, at(1)));
        IllegalStateException refusal = new IllegalStateException("no");

        assertThatThrownBy(() -> taskStore().update(task.id(), t -> {
            throw refusal;
        })).isSameAs(refusal);
        assertThat(taskStore().find(task.id())).contains(task);
    }

    @Test
    void concurrentUpdatesOfOneTaskNeverLoseAWrite() throws Exception {
        Task parent = store(task(job.id(), 1, parallelSpec("parallel"), at(1)));

        Concurrently.repeat(8, 100, () -> taskStore().update(parent.id(),
                t -> t.toBuilder().parallelCompletions(t.parallelCompletions() + 1).build()));

        assertThat(taskStore().find(parent.id()).orElseThrow().parallelCompletions()).isEqualTo(800);
    }

    @Test
    void tasksOfAJobComeByPositionThenCreation() {
        Task secondRetry = store(task(job.id(), 2, at(30)));
        Task first = store(task(job.id(), 1, at(10)));
        Task secondFirstAttempt = store(task(job.id(), 2, at(20)));
        Task third = store(task(job.id(), 3, at(5)));
        store(task(newJob().id(), 1, at(1)));

        assertThat(taskStore().tasksOfJob(job.id())).extracting(Task::id)
                .containsExactly(first.id(), secondFirstAttempt.id(), secondRetry.id(), third.id());
    }

    @Test
    void tasksCreatedAtTheSameInstantAndPositionKeepTheirCreationOrder() {
        List<Task> tasks = IntStream.range(0, 10).mapToObj(i -> store(task(job.id(), 1, at(7)))).toList();

        assertThat(taskStore().tasksOfJob(job.id())).extracting(Task::id)
                .containsExactlyElementsOf(tasks.stream().map(Task::id).toList());
    }

    @Test
    void activeTasksOfAJobAreThoseStillGoing() {
        Task created = store(createdChild(job.id(), newId(), 1, at(1)));
        Task pending = store(task(job.id(), 1, at(2)));
        Task scheduled = store(scheduled(task(job.id(), 2, at(3))));
        Task running = store(runningOn(task(job.id(), 3, at(4)), "node-1"));
        Task completed = store(task(job.id(), 4, at(5)));
        taskStore().update(completed.id(), t -> runningOn(t, "node-1").complete("ok", at(9)));
        Task failed = store(task(job.id(), 5, at(6)));
        taskStore().update(failed.id(), t -> t.fail("bad", at(9)));
        Task cancelled = store(task(job.id(), 6, at(7)));
        taskStore().update(cancelled.id(), t -> t.cancel(at(9)));

        assertThat(taskStore().activeTasksOfJob(job.id())).extracting(Task::id)
                .containsExactly(created.id(), pending.id(), scheduled.id(), running.id());
    }

    @Test
    void theNextCreatedChildIsTheEarliestCreatedOneStillWaiting() {
        Task parent = store(task(job.id(), 1, eachSpec("each"), at(0)));
        Task later = store(createdChild(job.id(), parent.id(), 1, at(3)));
        Task released = store(createdChild(job.id(), parent.id(), 1, at(1)));
        Task earliestWaiting = store(createdChild(job.id(), parent.id(), 1, at(2)));
        Task otherParent = store(task(job.id(), 2, eachSpec("other"), at(0)));
        store(createdChild(job.id(), otherParent.id(), 2, at(0)));
        taskStore().update(released.id(), Task::release);

        assertThat(taskStore().nextCreatedChild(parent.id())).map(Task::id).contains(earliestWaiting.id());

        taskStore().update(earliestWaiting.id(), Task::release);
        assertThat(taskStore().nextCreatedChild(parent.id())).map(Task::id).contains(later.id());

        taskStore().update(later.id(), Task::release);
        assertThat(taskStore().nextCreatedChild(parent.id())).isEmpty();
    }

    @Test
    void childrenCreatedAtTheSameInstantAreReleasedInIndexOrder() {
        Task parent = store(task(job.id(), 1, eachSpec("each"), at(0)));
        List<Task> children = IntStream.range(0, 5)
                .mapToObj(i -> store(createdChild(job.id(), parent.id(), 1, at(1)))).toList();

        for (Task expected : children) {
            Task next = taskStore().nextCreatedChild(parent.id()).orElseThrow();
            assertThat(next.id()).isEqualTo(expected.id());
            taskStore().update(next.id(), Task::release);
        }
        assertThat(taskStore().nextCreatedChild(parent.id())).isEmpty();
    }

    @Test
    void aParentWithoutChildrenHasNoNextChild() {
        assertThat(taskStore().nextCreatedChild(newId())).isEmpty();
    }

    @Test
    void activeTasksOfANodeAreTheOnesScheduledOrRunningThere() {
        Task one = store(runningOn(task(job.id(), 1, at(1)), "node-a"));
        Task two = store(runningOn(task(job.id(), 2, at(2)), "node-a"));
        store(runningOn(task(job.id(), 3, at(3)), "node-b"));
        Task moved = store(task(job.id(), 4, at(4)));
        taskStore().update(moved.id(), t -> runningOn(t, "node-a"));
        taskStore().update(two.id(), t -> t.complete("ok", at(9)));

        assertThat(taskStore().activeTasksOfNode("node-a")).extracting(Task::id)
                .containsExactlyInAnyOrder(one.id(), moved.id());
        assertThat(taskStore().activeTasksOfNode("node-c")).isEmpty();
    }

    @Test
    void countsRunningContainerTasksOnly() {
        Task one = store(runningOn(task(job.id(), 1, at(1)), "node-a"));
        store(runningOn(task(job.id(), 2, at(2)), "node-b"));
        store(task(job.id(), 3, at(3)));
        Task parallel = store(task(job.id(), 4, parallelSpec("parallel"), at(4)));
        taskStore().update(parallel.id(), t -> t.startCoordinating(at(5)));

        assertThat(taskStore().countRunning()).isEqualTo(2);

        taskStore().update(one.id(), t -> t.fail("broke", at(9)));

        assertThat(taskStore().countRunning()).isEqualTo(1);
    }

    private Job newJob() {
        Job created = job("with tasks", at(0));
        jobStore().create(created);
        return created;
    }

    private Task store(Task task) {
        taskStore().create(task);
        return task;
    }
}
