package io.tork.contracts.store;

import static io.tork.contracts.TestData.at;
import static io.tork.contracts.TestData.instanceOf;
import static io.tork.contracts.TestData.job;
import static io.tork.contracts.TestData.newId;
import static io.tork.contracts.TestData.scheduledJob;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tork.application.port.out.JobStore;
import io.tork.application.port.out.NotFoundException;
import io.tork.application.port.out.Page;
import io.tork.application.port.out.ScheduledJobStore;
import io.tork.application.port.out.StoreException;
import io.tork.application.port.out.TaskStore;
import io.tork.application.port.out.Transactions;
import io.tork.contracts.Concurrently;
import io.tork.contracts.TestData;
import io.tork.domain.common.IllegalTransitionException;
import io.tork.domain.job.Job;
import io.tork.domain.schedule.ScheduledJob;
import io.tork.domain.schedule.ScheduledJobState;
import io.tork.domain.task.Task;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ScheduledJobStore} does. It shares transactions with the job store of the same datastore, so
 * the suite needs that too; all stores are the same instances throughout one test and empty when it starts.
 */
public abstract class AbstractScheduledJobStoreContractTest {

    protected abstract ScheduledJobStore scheduledJobStore();

    protected abstract JobStore jobStore();

    protected abstract TaskStore taskStore();

    protected abstract Transactions transactions();

    @Test
    void aCreatedScheduledJobIsFoundAsItWasStored() {
        ScheduledJob scheduled = scheduledJob("nightly", at(0), at(3600));
        scheduledJobStore().create(scheduled);

        assertThat(scheduledJobStore().find(scheduled.id())).contains(scheduled);
    }

    @Test
    void anUnknownScheduledJobIsAbsent() {
        assertThat(scheduledJobStore().find(newId())).isEmpty();
    }

    @Test
    void creatingAScheduledJobTwiceIsRefused() {
        ScheduledJob scheduled = scheduledJob("twice", at(0), at(60));
        scheduledJobStore().create(scheduled);

        assertThatThrownBy(() -> scheduledJobStore().create(scheduled)).isInstanceOf(StoreException.class);
    }

    @Test
    void anUpdateStoresAndReturnsTheChange() {
        ScheduledJob scheduled = scheduledJob("pause me", at(0), at(60));
        scheduledJobStore().create(scheduled);

        ScheduledJob paused = scheduledJobStore().update(scheduled.id(), ScheduledJob::pause);

        assertThat(paused.state()).isEqualTo(ScheduledJobState.PAUSED);
        assertThat(scheduledJobStore().find(scheduled.id())).contains(paused);
    }

    @Test
    void aRefusedChangeLeavesTheScheduledJobAsItWas() {
        ScheduledJob scheduled = scheduledJob("active", at(0), at(60));
        scheduledJobStore().create(scheduled);

        assertThatThrownBy(() -> scheduledJobStore().update(scheduled.id(), s -> s.resume(at(120))))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessage("scheduled job is not paused");
        assertThat(scheduledJobStore().find(scheduled.id())).contains(scheduled);
    }

    @Test
    void updatingAnUnknownScheduledJobFailsWithNotFound() {
        assertThatThrownBy(() -> scheduledJobStore().update(newId(), s -> s))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("scheduled job not found");
    }

    @Test
    void pagesListNewestFirstWithTotals() {
        List<ScheduledJob> created = IntStream.rangeClosed(1, 5)
                .mapToObj(i -> scheduledJob("s" + i, at(i), at(1000)))
                .peek(scheduledJobStore()::create)
                .toList();

        Page<ScheduledJob> first = scheduledJobStore().page(1, 2);
        Page<ScheduledJob> last = scheduledJobStore().page(3, 2);

        assertThat(first.items()).extracting(ScheduledJob::id).containsExactly(created.get(4).id(), created.get(3).id());
        assertThat(last.items()).extracting(ScheduledJob::id).containsExactly(created.get(0).id());
        assertThat(last).extracting(Page::number, Page::size, Page::totalPages, Page::totalItems)
                .containsExactly(3, 1, 3, 5L);
    }

    @Test
    void dueListsActiveScheduledJobsWhoseTickHasComeEarliestFirst() {
        ScheduledJob later = scheduledJob("later", at(0), at(120));
        ScheduledJob earlier = scheduledJob("earlier", at(0), at(60));
        ScheduledJob future = scheduledJob("future", at(0), at(600));
        ScheduledJob paused = scheduledJob("paused", at(0), at(30)).pause();
        List.of(later, earlier, future, paused).forEach(scheduledJobStore()::create);

        assertThat(scheduledJobStore().due(at(120))).extracting(ScheduledJob::id)
                .containsExactly(earlier.id(), later.id());
        assertThat(scheduledJobStore().due(at(59))).isEmpty();
    }

    @Test
    void aTickIsClaimedOnce() {
        ScheduledJob scheduled = scheduledJob("tick", at(0), at(60));
        scheduledJobStore().create(scheduled);

        assertThat(scheduledJobStore().claimTick(scheduled.id(), at(60), at(120))).isTrue();
        assertThat(scheduledJobStore().claimTick(scheduled.id(), at(60), at(120))).isFalse();

        ScheduledJob stored = scheduledJobStore().find(scheduled.id()).orElseThrow();
        assertThat(stored.nextRunAt()).isEqualTo(at(120));
        assertThat(scheduledJobStore().due(at(60))).isEmpty();
        assertThat(scheduledJobStore().due(at(120))).extracting(ScheduledJob::id).containsExactly(scheduled.id());
    }

    @Test
    void concurrentClaimsOfOneTickHaveExactlyOneWinner() throws Exception {
        ScheduledJob scheduled = scheduledJob("contested", at(0), at(60));
        scheduledJobStore().create(scheduled);

        List<Boolean> results = Concurrently.run(8, i -> scheduledJobStore().claimTick(scheduled.id(), at(60), at(120)));

        assertThat(results).filteredOn(won -> won).hasSize(1);
    }

    @Test
    void aPausedScheduledJobsTickCannotBeClaimed() {
        ScheduledJob scheduled = scheduledJob("paused", at(0), at(60)).pause();
        scheduledJobStore().create(scheduled);

        assertThat(scheduledJobStore().claimTick(scheduled.id(), at(60), at(120))).isFalse();
        assertThat(scheduledJobStore().claimTick(newId(), at(60), at(120))).isFalse();
    }

    @Test
    void aScheduleWithoutAnotherTickIsNeverDueAgain() {
        ScheduledJob scheduled = scheduledJob("last", at(0), at(60));
        scheduledJobStore().create(scheduled);

        assertThat(scheduledJobStore().claimTick(scheduled.id(), at(60), null)).isTrue();

        assertThat(scheduledJobStore().due(at(1_000_000))).isEmpty();
        assertThat(scheduledJobStore().find(scheduled.id()).orElseThrow().nextRunAt()).isNull();
    }

    @Test
    void aClaimRolledBackWithItsTransactionLeavesTheTickUnclaimed() {
        ScheduledJob scheduled = scheduledJob("rolled back", at(0), at(60));
        scheduledJobStore().create(scheduled);
        IllegalStateException failure = new IllegalStateException("job could not be stored");

        assertThatThrownBy(() -> transactions().run(() -> {
            scheduledJobStore().claimTick(scheduled.id(), at(60), at(120));
            jobStore().create(instanceOf(scheduled, at(60)));
            throw failure;
        })).isSameAs(failure);

        assertThat(scheduledJobStore().find(scheduled.id()).orElseThrow().nextRunAt()).isEqualTo(at(60));
    }

    @Test
    void aJobCreatedByATickRemembersItsScheduledJob() {
        ScheduledJob scheduled = scheduledJob("parent", at(0), at(60));
        scheduledJobStore().create(scheduled);
        Job instance = instanceOf(scheduled, at(60));

        jobStore().create(instance);

        Job stored = jobStore().find(instance.id()).orElseThrow();
        assertThat(stored.scheduledBy().id()).isEqualTo(scheduled.id());
        assertThat(stored.scheduledBy().cron()).isEqualTo("0 * * * *");
    }

    @Test
    void deletingAScheduledJobDeletesTheJobsItCreatedAndNothingElse() {
        ScheduledJob scheduled = scheduledJob("doomed", at(0), at(60));
        ScheduledJob other = scheduledJob("kept", at(0), at(60));
        scheduledJobStore().create(scheduled);
        scheduledJobStore().create(other);
        Job instance = instanceOf(scheduled, at(60));
        Job otherInstance = instanceOf(other, at(60));
        Job unrelated = job("unrelated", at(1));
        List.of(instance, otherInstance, unrelated).forEach(jobStore()::create);
        Task instanceTask = TestData.task(instance.id(), 1, at(61));
        taskStore().create(instanceTask);

        scheduledJobStore().delete(scheduled.id());

        assertThat(scheduledJobStore().find(scheduled.id())).isEmpty();
        assertThat(jobStore().find(instance.id())).isEmpty();
        assertThat(taskStore().find(instanceTask.id())).isEmpty();
        assertThat(scheduledJobStore().find(other.id())).isPresent();
        assertThat(jobStore().find(otherInstance.id())).isPresent();
        assertThat(jobStore().find(unrelated.id())).isPresent();
    }

    @Test
    void deletingAnUnknownScheduledJobFailsWithNotFound() {
        assertThatThrownBy(() -> scheduledJobStore().delete(newId()))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("scheduled job not found");
    }
}
