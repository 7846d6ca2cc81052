package io.tork.adapters.out.datastore.inmemory;

import static io.tork.contracts.TestData.at;
import static io.tork.contracts.TestData.createdChild;
import static io.tork.contracts.TestData.job;
import static io.tork.contracts.TestData.logPart;
import static io.tork.contracts.TestData.node;
import static io.tork.contracts.TestData.runningOn;
import static io.tork.contracts.TestData.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tork.application.port.out.JobQuery;
import io.tork.domain.job.Job;
import io.tork.domain.job.JobState;
import io.tork.domain.node.Node;
import io.tork.domain.node.NodeStatus;
import io.tork.domain.task.Task;
import io.tork.domain.task.TaskLogPart;
import org.junit.jupiter.api.Test;

/** A unit of work that throws leaves every table and every index exactly as it found them. */
class InMemoryRollbackTest {
    private final InMemoryDatastore store = new InMemoryDatastore();

    @Test
    void aFailedUnitUndoesWritesToEveryTable() {
        Job job = job("existing", at(0));
        store.jobs().create(job);
        Task running = runningOn(task(job.id(), 1, at(1)), "node-a");
        store.tasks().create(running);
        Task parent = task(job.id(), 2, at(2));
        store.tasks().create(parent);
        Task waitingChild = createdChild(job.id(), parent.id(), 2, at(3));
        store.tasks().create(waitingChild);
        TaskLogPart part = logPart(running.id(), 1, at(4));
        store.logs().append(part);
        Node node = node("n1", "worker", at(5));
        store.nodes().save(node);

        assertThatThrownBy(() -> store.transactions().run(() -> {
            Job other = job("created in the unit", at(10));
            store.jobs().create(other);
            store.jobs().update(job.id(), j -> j.schedule(at(11)).markRunning());
            store.jobs().claimIdempotencyKey("key", other.id());
            Task added = runningOn(task(other.id(), 1, at(12)), "node-a");
            store.tasks().create(added);
            store.tasks().update(running.id(), t -> t.complete("ok", at(13)));
            store.tasks().update(waitingChild.id(), Task::release);
            store.logs().append(logPart(running.id(), 2, at(14)));
            store.logs().append(logPart(added.id(), 1, at(15)));
            store.nodes().save(node.heartbeat(at(16), 50, NodeStatus.DOWN, 0));
            store.nodes().save(node("n2", "other", at(17)));
            throw new IllegalStateException("abort");
        })).hasMessage("abort");

        assertThat(store.jobs().page(JobQuery.all(1, 10)).items()).containsExactly(job);
        assertThat(store.jobs().count(JobState.PENDING)).isEqualTo(1);
        assertThat(store.jobs().count(JobState.RUNNING)).isZero();
        assertThat(store.jobs().claimIdempotencyKey("key", job.id())).isEmpty();
        assertThat(store.tasks().tasksOfJob(job.id())).containsExactly(running, parent, waitingChild);
        assertThat(store.tasks().activeTasksOfNode("node-a")).containsExactly(running);
        assertThat(store.tasks().countRunning()).isEqualTo(1);
        assertThat(store.tasks().nextCreatedChild(parent.id())).contains(waitingChild);
        assertThat(store.logs().ofTask(running.id(), 1, 10).items()).containsExactly(part);
        assertThat(store.nodes().heardSince(at(0))).containsExactly(node);
    }

    @Test
    void aRolledBackReleaseWaitsAgainInItsPlaceEvenWhenTheUnitLookedPastIt() {
        Job job = job("each", at(0));
        store.jobs().create(job);
        Task parent = task(job.id(), 1, at(0));
        store.tasks().create(parent);
        Task first = createdChild(job.id(), parent.id(), 1, at(1));
        Task second = createdChild(job.id(), parent.id(), 1, at(1));
        store.tasks().create(first);
        store.tasks().create(second);

        assertThatThrownBy(() -> store.transactions().run(() -> {
            store.tasks().update(first.id(), Task::release);
            assertThat(store.tasks().nextCreatedChild(parent.id())).contains(second);
            store.tasks().update(second.id(), Task::release);
            assertThat(store.tasks().nextCreatedChild(parent.id())).isEmpty();
            throw new IllegalStateException("abort");
        })).hasMessage("abort");

        assertThat(store.tasks().nextCreatedChild(parent.id())).contains(first);
        store.tasks().update(first.id(), Task::release);
        assertThat(store.tasks().nextCreatedChild(parent.id())).contains(second);
    }

    @Test
    void aRolledBackDeletionOfAJobPutsItsTasksBackInTheirOrder() {
        Job job = job("each", at(0));
        store.jobs().create(job);
        Task parent = task(job.id(), 1, at(0));
        store.tasks().create(parent);
        java.util.List<Task> children = java.util.stream.IntStream.range(0, 5)
                .mapToObj(i -> createdChild(job.id(), parent.id(), 1, at(1))).toList();
        children.forEach(store.tasks()::create);
        store.tasks().update(children.getFirst().id(), Task::release);

        assertThatThrownBy(() -> store.transactions().run(() -> {
            store.jobs().update(job.id(), Job::cancel);
            assertThat(store.retention().deleteExpiredJobs(at(100), at(50), 10)).isEqualTo(1);
            assertThat(store.tasks().tasksOfJob(job.id())).isEmpty();
            assertThat(store.tasks().nextCreatedChild(parent.id())).isEmpty();
            throw new IllegalStateException("abort");
        })).hasMessage("abort");

        assertThat(store.tasks().tasksOfJob(job.id())).extracting(Task::id).containsExactly(
                java.util.stream.Stream.concat(java.util.stream.Stream.of(parent), children.stream()).map(Task::id)
                        .toArray(String[]::new));
        for (Task waiting : children.subList(1, children.size())) {
            assertThat(store.tasks().nextCreatedChild(parent.id())).map(Task::id).contains(waiting.id());
            store.tasks().update(waiting.id(), Task::release);
        }
        assertThat(store.tasks().nextCreatedChild(parent.id())).isEmpty();
    }

    @Test
    void aRefusedWriteInsideAUnitRollsBackTheWholeUnit() {
        Job job = job("existing", at(0));
        store.jobs().create(job);
        Job fresh = job("fresh", at(1));

        assertThatThrownBy(() -> store.transactions().run(() -> {
            store.jobs().create(fresh);
            store.jobs().create(job);
        }));

        assertThat(store.jobs().find(fresh.id())).isEmpty();
        assertThat(store.jobs().page(JobQuery.all(1, 10)).totalItems()).isEqualTo(1);
    }
}
