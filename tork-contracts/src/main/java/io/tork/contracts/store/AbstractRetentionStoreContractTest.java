package io.tork.contracts.store;

import static io.tork.contracts.TestData.at;
import static io.tork.contracts.TestData.completed;
import static io.tork.contracts.TestData.failed;
import static io.tork.contracts.TestData.job;
import static io.tork.contracts.TestData.logPart;
import static io.tork.contracts.TestData.running;
import static io.tork.contracts.TestData.task;
import static org.assertj.core.api.Assertions.assertThat;

import io.tork.application.port.out.JobStore;
import io.tork.application.port.out.LogStore;
import io.tork.application.port.out.RetentionStore;
import io.tork.application.port.out.TaskStore;
import io.tork.domain.job.Job;
import io.tork.domain.task.Task;
import io.tork.domain.task.TaskLogPart;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RetentionStore} does (reference §6.3). The jobs, tasks and logs it deletes live in the other
 * stores of the same datastore, so the suite needs those too; all are empty when each test starts.
 */
public abstract class AbstractRetentionStoreContractTest {

    protected abstract RetentionStore retentionStore();

    protected abstract JobStore jobStore();

    protected abstract TaskStore taskStore();

    protected abstract LogStore logStore();

    @Test
    void logPartsOlderThanTheCutoffAreDeletedAndNewerOnesKept() {
        Task task = storedTask(job("logs", at(0)));
        TaskLogPart old = append(task, 1, at(10));
        TaskLogPart recent = append(task, 2, at(20));

        int deleted = retentionStore().deleteLogPartsCreatedBefore(at(15), 1000);

        assertThat(deleted).isEqualTo(1);
        assertThat(logStore().ofTask(task.id(), 1, 10).items()).containsExactly(recent);
        assertThat(logStore().ofTask(task.id(), 1, 10).items()).doesNotContain(old);
    }

    @Test
    void logPartDeletionStopsAtTheLimit() {
        Task task = storedTask(job("many logs", at(0)));
        IntStream.rangeClosed(1, 7).forEach(n -> append(task, n, at(n)));

        assertThat(retentionStore().deleteLogPartsCreatedBefore(at(100), 5)).isEqualTo(5);
        assertThat(logStore().ofTask(task.id(), 1, 10).totalItems()).isEqualTo(2);
        assertThat(retentionStore().deleteLogPartsCreatedBefore(at(100), 5)).isEqualTo(2);
        assertThat(retentionStore().deleteLogPartsCreatedBefore(at(100), 5)).isZero();
    }

    @Test
    void jobsPastTheirDeleteAtAreDeletedWithTheirTasksAndLogs() {
        Job expired = completedDeletingAt(job("expired", at(0)), at(50));
        Job notYet = completedDeletingAt(job("not yet", at(0)), at(500));
        jobStore().create(expired);
        jobStore().create(notYet);
        Task task = storedTask(expired);
        append(task, 1, at(3));

        int deleted = retentionStore().deleteExpiredJobs(at(100), at(0), 1000);

        assertThat(deleted).isEqualTo(1);
        assertThat(jobStore().find(expired.id())).isEmpty();
        assertThat(taskStore().find(task.id())).isEmpty();
        assertThat(logStore().ofTask(task.id(), 1, 10).items()).isEmpty();
        assertThat(jobStore().find(notYet.id())).isPresent();
    }

    @Test
    void oldFinishedJobsAreDeletedButJobsStillGoingAreKept() {
        Job oldCompleted = completed(job("old completed", at(0)));
        Job oldFailed = failed(job("old failed", at(1)));
        Job oldCancelled = running(job("old cancelled", at(2))).cancel();
        Job oldRunning = running(job("old running", at(3)));
        Job oldPending = job("old pending", at(4));
        Job recentCompleted = completed(job("recent", at(500)));
        List.of(oldCompleted, oldFailed, oldCancelled, oldRunning, oldPending, recentCompleted)
                .forEach(jobStore()::create);

        int deleted = retentionStore().deleteExpiredJobs(at(600), at(100), 1000);

        assertThat(deleted).isEqualTo(3);
        assertThat(List.of(oldCompleted, oldFailed, oldCancelled))
                .allSatisfy(j -> assertThat(jobStore().find(j.id())).isEmpty());
        assertThat(List.of(oldRunning, oldPending, recentCompleted))
                .allSatisfy(j -> assertThat(jobStore().find(j.id())).isPresent());
    }

    @Test
    void jobDeletionStopsAtTheLimit() {
        IntStream.range(0, 4).forEach(i -> jobStore().create(completed(job("old " + i, at(i)))));

        assertThat(retentionStore().deleteExpiredJobs(at(1000), at(100), 3)).isEqualTo(3);
        assertThat(retentionStore().deleteExpiredJobs(at(1000), at(100), 3)).isEqualTo(1);
        assertThat(retentionStore().deleteExpiredJobs(at(1000), at(100), 3)).isZero();
    }

    private static Job completedDeletingAt(Job job, java.time.Instant deleteAt) {
        Job running = running(job);
        return running.complete("done", job.createdAt().plusSeconds(2), deleteAt);
    }

    private Task storedTask(Job job) {
        if (jobStore().find(job.id()).isEmpty()) jobStore().create(job);
        Task task = task(job.id(), 1, job.createdAt().plusSeconds(1));
        taskStore().create(task);
        return task;
    }

    private TaskLogPart append(Task task, int number, java.time.Instant at) {
        TaskLogPart part = logPart(task.id(), number, at);
        logStore().append(part);
        return part;
    }
}
