package io.tork.adapters.out.datastore.postgres;

import static io.tork.contracts.TestData.at;
import static io.tork.contracts.TestData.job;
import static io.tork.contracts.TestData.running;
import static io.tork.contracts.TestData.scheduled;
import static io.tork.contracts.TestData.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tork.application.port.out.JobQuery;
import io.tork.application.port.out.JobStore;
import io.tork.application.port.out.StoreException;
import io.tork.application.port.out.TaskStore;
import io.tork.application.port.out.Transactions;
import io.tork.domain.job.Job;
import io.tork.domain.job.JobState;
import io.tork.domain.task.Task;
import io.tork.domain.task.TaskState;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A transaction's writes are held and sent with its next statement or its commit (PendingWrites): whatever reads
 * in the transaction still sees them, in the order written, and a write that fails still fails the transaction.
 */
class PendingWritesTest {
    @RegisterExtension
    static final EmbeddedPostgresDatabase database = new EmbeddedPostgresDatabase();

    private final JobStore jobs = database.datastore().jobStore();
    private final TaskStore tasks = database.datastore().taskStore();
    private final Transactions transactions = database.datastore().transactions();

    @Test
    void aReadInTheTransactionSeesTheWritesBeforeIt() {
        Job job = job("read back", at(0));
        Task task = task(job.id(), 1, at(1));

        Task updated = transactions.inTransaction(() -> {
            jobs.create(job);
            tasks.create(task);
            assertThat(jobs.find(job.id())).contains(job);
            return tasks.update(task.id(), t -> scheduled(t));
        });

        assertThat(updated.state()).isEqualTo(TaskState.SCHEDULED);
        assertThat(tasks.find(task.id())).contains(updated);
    }

    @Test
    void aQueryRenderedByJooqSeesTheWritesBeforeIt() {
        Job job = job("pending-writes-listing", at(0));

        long found = transactions.inTransaction(() -> {
            jobs.create(job);
            return jobs.page(new JobQuery("pending-writes-listing", List.of(), 1, 10)).totalItems();
        });

        assertThat(found).isEqualTo(1);
    }

    @Test
    void updatesOfOneRowInOneTransactionApplyInTheOrderWritten() {
        Job job = job("in order", at(0));
        jobs.create(job);

        transactions.run(() -> {
            jobs.update(job.id(), j -> running(j));
            jobs.update(job.id(), j -> j.complete("done", at(5), null));
        });

        assertThat(jobs.find(job.id()).orElseThrow().state()).isEqualTo(JobState.COMPLETED);
    }

    @Test
    void moreWritesThanAreHeldAtOnceAreAllStoredInOrder() {
        Job job = job("many tasks", at(0));
        int count = 3 * PendingWrites.MOST_HELD + 1;

        transactions.run(() -> {
            jobs.create(job);
            for (int position = 1; position <= count; position++) tasks.create(task(job.id(), position, at(position)));
        });

        assertThat(tasks.tasksOfJob(job.id())).extracting(Task::position)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, count).boxed().toList());
    }

    @Test
    void aWriteThatFailsFailsItsTransactionNamingTheWriteAndKeepsNothingOfIt() {
        Job job = job("stored once", at(0));
        jobs.create(job);
        Job other = job("never stored", at(1));

        assertThatThrownBy(() -> transactions.run(() -> {
            jobs.create(other);
            jobs.create(job);
        })).isInstanceOf(StoreException.class).hasMessageContaining("can not create job");

        assertThat(jobs.find(other.id())).isEmpty();
        assertThat(jobs.find(job.id())).contains(job);
    }

    @Test
    void writesOfATransactionThatThrowsAreNeverSent() {
        Job job = job("rolled back", at(0));

        assertThatThrownBy(() -> transactions.run(() -> {
            jobs.create(job);
            throw new IllegalStateException("changed my mind");
        })).hasMessage("changed my mind");

        assertThat(jobs.find(job.id())).isEmpty();
    }
}
