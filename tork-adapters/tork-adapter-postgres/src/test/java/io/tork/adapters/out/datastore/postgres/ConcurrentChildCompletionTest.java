package io.tork.adapters.out.datastore.postgres;

import static io.tork.contracts.TestData.at;
import static io.tork.contracts.TestData.job;
import static io.tork.contracts.TestData.newId;
import static io.tork.contracts.TestData.parallelSpec;
import static io.tork.contracts.TestData.runningOn;
import static io.tork.contracts.TestData.task;
import static org.assertj.core.api.Assertions.assertThat;

import io.tork.application.port.out.TaskStore;
import io.tork.application.port.out.Transactions;
import io.tork.contracts.Concurrently;
import io.tork.domain.job.Job;
import io.tork.domain.task.Task;
import io.tork.domain.task.TaskState;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The coordinator's shape of work when the children of a parallel task finish together: each completion
 * completes its child and counts it on the parent in one transaction. The parent's row lock must serialize the
 * counting so that no completion is lost and exactly one of them sees the last one.
 */
class ConcurrentChildCompletionTest {
    private static final int CHILDREN = 20;
    private static final int THREADS = 8;

    @RegisterExtension
    static final EmbeddedPostgresDatabase database = new EmbeddedPostgresDatabase();

    @Test
    void completionsOfTwentyChildrenFromEightThreadsAreCountedOnceEach() throws Exception {
        TaskStore tasks = database.datastore().taskStore();
        Transactions transactions = database.datastore().transactions();
        Job job = job("fan out", at(0));
        database.datastore().jobStore().create(job);
        Task parent = task(job.id(), 1, parallelSpec("parallel"), at(1));
        tasks.create(parent);
        List<Task> children = IntStream.range(0, CHILDREN)
                .mapToObj(i -> runningOn(Task.pending(newId(), job.id(), parent.id(), 1, parent.spec(), at(2)), "node"))
                .toList();
        children.forEach(tasks::create);
        ConcurrentLinkedQueue<Task> toComplete = new ConcurrentLinkedQueue<>(children);
        ConcurrentLinkedQueue<Integer> countsSeen = new ConcurrentLinkedQueue<>();

        Concurrently.run(THREADS, thread -> {
            for (Task child = toComplete.poll(); child != null; child = toComplete.poll()) {
                String childId = child.id();
                transactions.run(() -> {
                    tasks.update(childId, t -> t.complete("ok", at(3)));
                    Task counted = tasks.update(parent.id(),
                            t -> t.toBuilder().parallelCompletions(t.parallelCompletions() + 1).build());
                    countsSeen.add(counted.parallelCompletions());
                });
            }
            return null;
        });

        assertThat(tasks.find(parent.id()).orElseThrow().parallelCompletions()).isEqualTo(CHILDREN);
        assertThat(countsSeen).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, CHILDREN).boxed().toList());
        assertThat(children).allSatisfy(child ->
                assertThat(tasks.find(child.id()).orElseThrow().state()).isEqualTo(TaskState.COMPLETED));
    }
}
