package io.tork.contracts.store;

import static io.tork.contracts.TestData.at;
import static io.tork.contracts.TestData.job;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tork.application.port.out.JobStore;
import io.tork.application.port.out.Transactions;
import io.tork.domain.job.Job;
import io.tork.domain.job.JobState;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Transactions} does, observed through the job store of the same datastore: work runs as one
 * unit (all of it or none of it), and a nested call joins the unit around it.
 */
public abstract class AbstractTransactionsContractTest {
    private final ExecutorService otherThread = Executors.newSingleThreadExecutor();

    protected abstract Transactions transactions();

    protected abstract JobStore jobStore();

    @AfterEach
    void stopOtherThread() throws InterruptedException {
        otherThread.shutdownNow();
        otherThread.awaitTermination(10, TimeUnit.SECONDS);
    }

    @Test
    void aTransactionReturnsWhatItsWorkReturnsAndKeepsItsWrites() {
        Job job = job("kept", at(0));

        String result = transactions().inTransaction(() -> {
            jobStore().create(job);
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(jobStore().find(job.id())).contains(job);
    }

    @Test
    void workThatThrowsLeavesNoTrace() {
        Job existing = job("existing", at(0));
        jobStore().create(existing);
        Job created = job("created", at(1));
        RuntimeException failure = new IllegalStateException("abort");

        assertThatThrownBy(() -> transactions().run(() -> {
            jobStore().create(created);
            jobStore().update(existing.id(), j -> j.schedule(at(2)));
            throw failure;
        })).isSameAs(failure);

        assertThat(jobStore().find(created.id())).isEmpty();
        assertThat(jobStore().find(existing.id())).contains(existing);
        assertThat(jobStore().count(JobState.SCHEDULED)).isZero();
    }

    @Test
    void aNestedTransactionJoinsTheOuterOne() {
        Job outer = job("outer", at(0));
        Job inner = job("inner", at(1));
        RuntimeException failure = new IllegalStateException("abort after the nested unit");

        assertThatThrownBy(() -> transactions().run(() -> {
            jobStore().create(outer);
            String nested = transactions().inTransaction(() -> {
                jobStore().create(inner);
                return "nested";
            });
            assertThat(nested).isEqualTo("nested");
            assertThat(jobStore().find(inner.id())).contains(inner);
            throw failure;
        })).isSameAs(failure);

        assertThat(jobStore().find(outer.id())).isEmpty();
        assertThat(jobStore().find(inner.id())).isEmpty();
    }

    @Test
    void writesAreVisibleInsideTheirTransaction() {
        Job job = job("visible", at(0));

        Optional<Job> seen = transactions().inTransaction(() -> {
            jobStore().create(job);
            jobStore().update(job.id(), j -> j.schedule(at(1)));
            return jobStore().find(job.id());
        });

        assertThat(seen).map(Job::state).contains(JobState.SCHEDULED);
    }

    @Test
    void otherThreadsDoNotSeeUncommittedWrites() throws Exception {
        Job job = job("private until committed", at(0));

        transactions().run(() -> {
            jobStore().create(job);
            CompletableFuture<Optional<Job>> look = CompletableFuture.supplyAsync(() -> jobStore().find(job.id()),
                    otherThread);
            try {
                // A store may make the other reader wait for the commit instead of answering at once.
                assertThat(look.get(300, TimeUnit.MILLISECONDS)).isEmpty();
            } catch (TimeoutException waitingForCommit) {
                // also fine
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });

        assertThat(jobStore().find(job.id())).contains(job);
    }
}
