package io.tork.contracts.store;

import static io.tork.contracts.TestData.at;
import static io.tork.contracts.TestData.job;
import static io.tork.contracts.TestData.logPart;
import static io.tork.contracts.TestData.newId;
import static io.tork.contracts.TestData.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tork.application.port.out.JobStore;
import io.tork.application.port.out.LogStore;
import io.tork.application.port.out.Page;
import io.tork.application.port.out.StoreException;
import io.tork.application.port.out.TaskStore;
import io.tork.domain.job.Job;
import io.tork.domain.task.Task;
import io.tork.domain.task.TaskLogPart;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link LogStore} does. Parts belong to tasks of jobs that exist, so the suite also needs the job and
 * task stores of the same datastore; all three are the same instances throughout one test.
 */
public abstract class AbstractLogStoreContractTest {
    private Job job;

    protected abstract JobStore jobStore();

    protected abstract TaskStore taskStore();

    protected abstract LogStore logStore();

    @BeforeEach
    void createJob() {
        job = job("logging", at(0));
        jobStore().create(job);
    }

    @Test
    void aTaskLogComesNewestPartFirst() {
        Task task = storeTask(1, 1);
        TaskLogPart second = logPart(task.id(), 2, at(12));
        TaskLogPart first = logPart(task.id(), 1, at(11));
        TaskLogPart third = logPart(task.id(), 3, at(13));
        logStore().append(second);
        logStore().append(first);
        logStore().append(third);

        Page<TaskLogPart> page = logStore().ofTask(task.id(), 1, 10);

        assertThat(page.items()).containsExactly(third, second, first);
        assertThat(page).extracting(Page::number, Page::size, Page::totalPages, Page::totalItems)
                .containsExactly(1, 3, 1, 3L);
    }

    @Test
    void aTaskLogIsPaged() {
        Task task = storeTask(1, 1);
        IntStream.rangeClosed(1, 25).forEach(n -> logStore().append(logPart(task.id(), n, at(n))));

        Page<TaskLogPart> first = logStore().ofTask(task.id(), 1, 10);
        Page<TaskLogPart> last = logStore().ofTask(task.id(), 3, 10);

        assertThat(first.items()).extracting(TaskLogPart::number)
                .containsExactly(25, 24, 23, 22, 21, 20, 19, 18, 17, 16);
        assertThat(last.items()).extracting(TaskLogPart::number).containsExactly(5, 4, 3, 2, 1);
        assertThat(last).extracting(Page::number, Page::size, Page::totalPages, Page::totalItems)
                .containsExactly(3, 5, 3, 25L);
    }

    @Test
    void aTaskWithoutPartsHasAnEmptyLog() {
        Task task = storeTask(1, 1);

        Page<TaskLogPart> page = logStore().ofTask(task.id(), 1, 10);

        assertThat(page.items()).isEmpty();
        assertThat(page.totalItems()).isZero();
        assertThat(page.totalPages()).isZero();
    }

    @Test
    void aJobLogComesNewestTaskFirstThenNewestPartFirst() {
        Task first = storeTask(1, 10);
        Task secondFirstAttempt = storeTask(2, 20);
        Task secondRetry = storeTask(2, 30);
        TaskLogPart a1 = append(first, 1);
        TaskLogPart a2 = append(first, 2);
        TaskLogPart b1 = append(secondFirstAttempt, 1);
        TaskLogPart c1 = append(secondRetry, 1);
        TaskLogPart c2 = append(secondRetry, 2);
        Task elsewhere = storeTaskOf(storeJob(), 1, 40);
        append(elsewhere, 1);

        Page<TaskLogPart> page = logStore().ofJob(job.id(), 1, 10);

        assertThat(page.items()).containsExactly(c2, c1, b1, a2, a1);
        assertThat(page.totalItems()).isEqualTo(5);
    }

    @Test
    void aJobLogIsPagedAcrossTasks() {
        Task first = storeTask(1, 10);
        Task second = storeTask(2, 20);
        IntStream.rangeClosed(1, 4).forEach(n -> append(first, n));
        IntStream.rangeClosed(1, 4).forEach(n -> append(second, n));

        Page<TaskLogPart> middle = logStore().ofJob(job.id(), 2, 3);

        assertThat(middle.items()).extracting(TaskLogPart::taskId, TaskLogPart::number)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(second.id(), 1),
                        org.assertj.core.groups.Tuple.tuple(first.id(), 4),
                        org.assertj.core.groups.Tuple.tuple(first.id(), 3));
        assertThat(middle).extracting(Page::number, Page::size, Page::totalPages, Page::totalItems)
                .containsExactly(2, 3, 3, 8L);
    }

    @Test
    void aJobWithoutTasksHasAnEmptyLog() {
        assertThat(logStore().ofJob(job.id(), 1, 10).items()).isEmpty();
    }

    @Test
    void aTaskLogSearchKeepsThePartsHavingTheWordAndCountsOnlyThem() {
        Task task = storeTask(1, 1);
        TaskLogPart pulling = appendText(task, 1, "pulling image busybox");
        TaskLogPart started = appendText(task, 2, "container started");
        appendText(task, 3, "downloading dependencies");
        TaskLogPart exited = appendText(task, 4, "container exited: code 1");

        Page<TaskLogPart> containers = logStore().ofTask(task.id(), "container", 1, 10);

        assertThat(containers.items()).containsExactly(exited, started);
        assertThat(containers).extracting(Page::size, Page::totalPages, Page::totalItems).containsExactly(2, 1, 2L);
        assertThat(logStore().ofTask(task.id(), "BUSYBOX", 1, 10).items()).containsExactly(pulling);
    }

    @Test
    void everyWordOfALogSearchMustMatch() {
        Task task = storeTask(1, 1);
        appendText(task, 1, "container started");
        TaskLogPart exited = appendText(task, 2, "container exited: code 1");

        assertThat(logStore().ofTask(task.id(), "container exited", 1, 10).items()).containsExactly(exited);
        assertThat(logStore().ofTask(task.id(), "container vanished", 1, 10).items()).isEmpty();
    }

    @Test
    void aLogSearchIsPagedWithItsOwnTotals() {
        Task task = storeTask(1, 1);
        IntStream.rangeClosed(1, 12).forEach(n -> appendText(task, n, (n % 2 == 0 ? "even" : "odd") + " line " + n));

        Page<TaskLogPart> second = logStore().ofTask(task.id(), "even", 2, 4);

        assertThat(second.items()).extracting(TaskLogPart::number).containsExactly(4, 2);
        assertThat(second).extracting(Page::number, Page::size, Page::totalPages, Page::totalItems)
                .containsExactly(2, 2, 2, 6L);
    }

    @Test
    void aJobLogSearchCoversEveryTaskOfTheJob() {
        Task first = storeTask(1, 10);
        Task second = storeTask(2, 20);
        TaskLogPart a = appendText(first, 1, "warning: disk almost full");
        appendText(first, 2, "all good");
        TaskLogPart b = appendText(second, 1, "warning: retrying");
        Task elsewhere = storeTaskOf(storeJob(), 1, 40);
        appendText(elsewhere, 1, "warning from another job");

        Page<TaskLogPart> warnings = logStore().ofJob(job.id(), "warning", 1, 10);

        assertThat(warnings.items()).containsExactly(b, a);
        assertThat(warnings.totalItems()).isEqualTo(2);
    }

    @Test
    void aBlankSearchKeepsEveryPart() {
        Task task = storeTask(1, 1);
        appendText(task, 1, "one");
        appendText(task, 2, "two");

        assertThat(logStore().ofTask(task.id(), "  ", 1, 10).totalItems()).isEqualTo(2);
        assertThat(logStore().ofJob(job.id(), "", 1, 10).totalItems()).isEqualTo(2);
    }

    @Test
    void aPartOfAnUnknownTaskIsRefused() {
        String unknownTask = newId();

        assertThatThrownBy(() -> logStore().append(logPart(unknownTask, 1, at(1))))
                .isInstanceOf(StoreException.class);
        assertThat(logStore().ofTask(unknownTask, 1, 10).items()).isEmpty();
    }

    private Task storeTask(int position, long createdAtSeconds) {
        return storeTaskOf(job, position, createdAtSeconds);
    }

    private Task storeTaskOf(Job owner, int position, long createdAtSeconds) {
        Task task = task(owner.id(), position, at(createdAtSeconds));
        taskStore().create(task);
        return task;
    }

    private Job storeJob() {
        Job other = job("other", at(0));
        jobStore().create(other);
        return other;
    }

    private TaskLogPart appendText(Task task, int number, String contents) {
        TaskLogPart part = io.tork.contracts.TestData.logPart(task.id(), number, contents,
                task.createdAt().plusSeconds(number));
        logStore().append(part);
        return part;
    }

    private TaskLogPart append(Task task, int number) {
        TaskLogPart part = logPart(task.id(), number, task.createdAt().plusSeconds(number));
        logStore().append(part);
        return part;
    }
}
