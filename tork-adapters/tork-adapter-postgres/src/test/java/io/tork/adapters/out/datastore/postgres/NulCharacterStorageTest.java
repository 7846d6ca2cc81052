package io.tork.adapters.out.datastore.postgres;

import static io.tork.contracts.TestData.at;
import static io.tork.contracts.TestData.job;
import static io.tork.contracts.TestData.logPart;
import static io.tork.contracts.TestData.runningOn;
import static io.tork.contracts.TestData.task;
import static org.assertj.core.api.Assertions.assertThat;

import io.tork.domain.job.Job;
import io.tork.domain.task.Task;
import io.tork.domain.task.TaskLogPart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** PostgreSQL refuses NUL in text and JSONB; output containing it is stored without it rather than lost. */
class NulCharacterStorageTest {
    @RegisterExtension
    static final EmbeddedPostgresDatabase database = new EmbeddedPostgresDatabase();

    @Test
    void nulCharactersAreDroppedFromResultsErrorsAndLogs() {
        Job job = job("nul", at(0));
        database.datastore().jobStore().create(job);
        Task task = runningOn(task(job.id(), 1, at(1)), "node");
        database.datastore().taskStore().create(task);

        Task stored = database.datastore().taskStore().update(task.id(), t -> t.complete("a\0b", at(2)));
        Job failed = database.datastore().jobStore().update(job.id(), j -> j.fail("x\0y", at(3)));
        TaskLogPart part = logPart(task.id(), 1, at(4));
        database.datastore().logStore().append(new TaskLogPart(part.id(), part.taskId(), 1, "out\0put", at(4)));

        assertThat(stored.result()).isEqualTo("a\0b");
        assertThat(database.datastore().taskStore().find(task.id()).orElseThrow().result()).isEqualTo("ab");
        assertThat(database.datastore().jobStore().find(failed.id()).orElseThrow().error()).isEqualTo("xy");
        assertThat(database.datastore().logStore().ofTask(task.id(), 1, 1).items())
                .extracting(TaskLogPart::contents).containsExactly("output");
    }
}
