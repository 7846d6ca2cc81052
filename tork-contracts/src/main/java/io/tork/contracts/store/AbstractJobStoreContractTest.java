package io.tork.contracts.store;

import static io.tork.contracts.TestData.at;
import static io.tork.contracts.TestData.completed;
import static io.tork.contracts.TestData.failed;
import static io.tork.contracts.TestData.job;
import static io.tork.contracts.TestData.jobSpec;
import static io.tork.contracts.TestData.newId;
import static io.tork.contracts.TestData.running;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tork.application.port.out.JobQuery;
import io.tork.application.port.out.JobStore;
import io.tork.application.port.out.NotFoundException;
import io.tork.application.port.out.Page;
import io.tork.application.port.out.StoreException;
import io.tork.contracts.Concurrently;
import io.tork.domain.job.Job;
import io.tork.domain.job.JobState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * What every {@link JobStore} does. Subclasses return the store under test: the same instance throughout one
 * test, and empty when each test starts (paging and counting assertions count every job in the store).
 */
public abstract class AbstractJobStoreContractTest {

    protected abstract JobStore jobStore();

    @Test
    void aCreatedJobIsFoundAsItWasStored() {
        Job job = job(jobSpec("build", "compiles things", List.of("ci")), at(0));
        jobStore().create(job);

        assertThat(jobStore().find(job.id())).contains(job);
    }

    @Test
    void aJobCreatedStartedIsStoredInItsStartedStateOnly() {
        Job submitted = job(jobSpec("build", "compiles things", List.of("ci")), at(0));
        Job started = submitted.schedule(at(1));

        jobStore().createStarted(submitted, started);

        assertThat(jobStore().find(submitted.id())).contains(started);
        assertThat(jobStore().count(JobState.SCHEDULED)).isEqualTo(1);
        assertThat(jobStore().count(JobState.PENDING)).isZero();
    }

    @Test
    void anUnknownJobIsAbsent() {
        assertThat(jobStore().find(newId())).isEmpty();
    }

    @Test
    void creatingAJobTwiceIsRefused() {
        Job job = job("twice", at(0));
        jobStore().create(job);

        assertThatThrownBy(() -> jobStore().create(job)).isInstanceOf(StoreException.class);
        assertThat(jobStore().find(job.id())).contains(job);
    }

    @Test
    void anUpdateStoresAndReturnsTheChangedJob() {
        Job job = job("update me", at(0));
        jobStore().create(job);

        Job stored = jobStore().update(job.id(), j -> j.schedule(at(5)).markRunning());

        assertThat(stored.state()).isEqualTo(JobState.RUNNING);
        assertThat(stored.startedAt()).isEqualTo(at(5));
        assertThat(jobStore().find(job.id())).contains(stored);
    }

    @Test
    void updatingAnUnknownJobFailsWithJobNotFound() {
        assertThatThrownBy(() -> jobStore().update(newId(), j -> j))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("job not found");
    }

    @Test
    void aChangeThatThrowsLeavesTheJobAsItWas() {
        Job job = job("unchanged", at(0));
        jobStore().create(job);
        IllegalStateException refusal = new IllegalStateException("no");

        assertThatThrownBy(() -> jobStore().update(job.id(), j -> {
            throw refusal;
        })).isSameAs(refusal);
        assertThat(jobStore().find(job.id())).contains(job);
    }

    @Test
    void concurrentUpdatesOfOneJobNeverLoseAWrite() throws Exception {
        Job job = job("hammered", at(0));
        jobStore().create(job);

        Concurrently.repeat(8, 100, () -> jobStore().update(job.id(), j -> j.advance(null, null)));

        assertThat(jobStore().find(job.id()).orElseThrow().position()).isEqualTo(800);
    }

    @Test
    void pagesListNewestJobsFirst() {
        Job oldest = job("oldest", at(1));
        Job newest = job("newest", at(3));
        Job middle = job("middle", at(2));
        List.of(oldest, newest, middle).forEach(jobStore()::create);

        Page<Job> page = jobStore().page(JobQuery.all(1, 10));

        assertThat(page.items()).extracting(Job::id).containsExactly(newest.id(), middle.id(), oldest.id());
    }

    @Test
    void pagesCountItemsOfTheLastPartialPage() {
        IntStream.range(0, 101).forEach(i -> jobStore().create(job("job " + i, at(i))));

        Page<Job> first = jobStore().page(JobQuery.all(1, 10));
        Page<Job> last = jobStore().page(JobQuery.all(11, 10));

        assertThat(first.items()).hasSize(10);
        assertThat(first.items().getFirst().spec().name()).isEqualTo("job 100");
        assertThat(first).extracting(Page::number, Page::size, Page::totalPages, Page::totalItems)
                .containsExactly(1, 10, 11, 101L);
        assertThat(last.items()).extracting(j -> j.spec().name()).containsExactly("job 0");
        assertThat(last).extracting(Page::number, Page::size, Page::totalPages, Page::totalItems)
                .containsExactly(11, 1, 11, 101L);
    }

    @Test
    void aPageBeyondTheLastIsEmpty() {
        IntStream.range(0, 3).forEach(i -> jobStore().create(job("job " + i, at(i))));

        Page<Job> page = jobStore().page(JobQuery.all(2, 10));

        assertThat(page.items()).isEmpty();
        assertThat(page).extracting(Page::number, Page::size, Page::totalPages, Page::totalItems)
                .containsExactly(2, 0, 1, 3L);
    }

    @Test
    void pagingThroughJobsCreatedAtTheSameInstantShowsEachJobOnce() {
        List<String> ids = new ArrayList<>();
        IntStream.range(0, 25).forEach(i -> {
            Job job = job("same instant " + i, at(0));
            ids.add(job.id());
            jobStore().create(job);
        });

        List<String> seen = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            jobStore().page(JobQuery.all(page, 10)).items().forEach(j -> seen.add(j.id()));
        }

        assertThat(seen).containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void textSearchMatchesNameWordsIgnoringCase() {
        Job backup = store(job("Nightly Backup", at(1)));
        store(job("Weekly report", at(2)));

        assertThat(search("backup")).containsExactly(backup.id());
        assertThat(search("NIGHTLY")).containsExactly(backup.id());
    }

    @Test
    void textSearchMatchesNumbersInNames() {
        Job job101 = store(job("Job 101", at(1)));
        store(job("Job 7", at(2)));

        assertThat(search("101")).containsExactly(job101.id());
    }

    @Test
    void textSearchMatchesDescriptionWords() {
        Job described = store(job(jobSpec("export", "copies the database to storage", null), at(1)));
        store(job(jobSpec("import", "reads files", null), at(2)));

        assertThat(search("Database")).containsExactly(described.id());
    }

    @Test
    void textSearchMatchesTheStateName() {
        Job done = store(completed(job("alpha", at(1))));
        Job broken = store(failed(job("beta", at(2))));
        store(running(job("gamma", at(3))));

        assertThat(search("completed")).containsExactly(done.id());
        assertThat(search("FAILED")).containsExactly(broken.id());
    }

    @Test
    void everyWordOfTheTextMustMatch() {
        Job both = store(job(jobSpec("nightly export", "copies the database", null), at(1)));
        store(job(jobSpec("nightly import", "reads files", null), at(2)));

        assertThat(search("nightly database")).containsExactly(both.id());
        assertThat(search("nightly spreadsheet")).isEmpty();
    }

    @Test
    void searchResultsArePagedNewestFirstWithTheirOwnTotals() {
        IntStream.range(0, 12).forEach(i -> store(job("match " + i, at(i))));
        IntStream.range(0, 5).forEach(i -> store(job("other " + i, at(100 + i))));

        Page<Job> page = jobStore().page(new JobQuery("match", List.of(), 2, 5));

        assertThat(page.items()).extracting(j -> j.spec().name())
                .containsExactly("match 6", "match 5", "match 4", "match 3", "match 2");
        assertThat(page).extracting(Page::size, Page::totalPages, Page::totalItems).containsExactly(5, 3, 12L);
    }

    @Test
    void aTagFilterMatchesJobsHavingAnyOfTheTags() {
        Job red = store(job(jobSpec("one", null, List.of("red", "big")), at(1)));
        Job blue = store(job(jobSpec("two", null, List.of("blue")), at(2)));
        store(job(jobSpec("three", null, List.of("green")), at(3)));
        store(job(jobSpec("four", null, null), at(4)));

        Page<Job> page = jobStore().page(new JobQuery("", List.of("red", "blue", "no-such-tag"), 1, 10));

        assertThat(page.items()).extracting(Job::id).containsExactly(blue.id(), red.id());
        assertThat(page.totalItems()).isEqualTo(2);
    }

    @Test
    void tagsAndTextNarrowTogether() {
        Job wanted = store(job(jobSpec("deploy service", null, List.of("prod")), at(1)));
        store(job(jobSpec("deploy service", null, List.of("staging")), at(2)));
        store(job(jobSpec("backup", null, List.of("prod")), at(3)));

        Page<Job> page = jobStore().page(new JobQuery("deploy", List.of("prod"), 1, 10));

        assertThat(page.items()).extracting(Job::id).containsExactly(wanted.id());
    }

    @Test
    void countsJobsByState() {
        store(completed(job("a", at(1))));
        store(completed(job("b", at(2))));
        store(running(job("c", at(3))));
        Job pending = store(job("d", at(4)));

        assertThat(jobStore().count(JobState.COMPLETED)).isEqualTo(2);
        assertThat(jobStore().count(JobState.RUNNING)).isEqualTo(1);
        assertThat(jobStore().count(JobState.FAILED)).isZero();

        jobStore().update(pending.id(), j -> j.schedule(at(9)).markRunning());

        assertThat(jobStore().count(JobState.RUNNING)).isEqualTo(2);
        assertThat(jobStore().count(JobState.PENDING)).isZero();
    }

    @Test
    void anIdempotencyKeyIsClaimedByTheFirstJobOnly() {
        Job first = store(job("first", at(1)));
        Job second = store(job("second", at(2)));
        String key = "key-" + newId();

        assertThat(jobStore().claimIdempotencyKey(key, first.id())).isEmpty();
        assertThat(jobStore().claimIdempotencyKey(key, second.id())).contains(first.id());
        assertThat(jobStore().claimIdempotencyKey("other-" + key, second.id())).isEmpty();
    }

    @Test
    void concurrentClaimsOfOneKeyHaveExactlyOneWinner() throws Exception {
        List<Job> jobs = IntStream.range(0, 8).mapToObj(i -> store(job("claimant " + i, at(i)))).toList();
        String key = "key-" + newId();

        List<Optional<String>> answers = Concurrently.run(8, i -> jobStore().claimIdempotencyKey(key, jobs.get(i).id()));

        List<Integer> winners = IntStream.range(0, 8).filter(i -> answers.get(i).isEmpty()).boxed().toList();
        assertThat(winners).hasSize(1);
        String winnerId = jobs.get(winners.getFirst()).id();
        assertThat(answers).filteredOn(Optional::isPresent).allSatisfy(a -> assertThat(a).contains(winnerId));
    }

    private Job store(Job job) {
        jobStore().create(job);
        return job;
    }

    private List<String> search(String text) {
        return jobStore().page(new JobQuery(text, List.of(), 1, 20)).items().stream().map(Job::id).toList();
    }
}
