package io.tork.adapters.out.datastore.inmemory;

import static io.tork.contracts.TestData.at;
import static io.tork.contracts.TestData.job;
import static io.tork.contracts.TestData.jobSpec;
import static org.assertj.core.api.Assertions.assertThat;

import io.tork.application.port.out.JobQuery;
import io.tork.application.port.out.JobStore;
import io.tork.application.port.out.Page;
import io.tork.domain.job.Job;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The in-memory reading of a search and of odd page requests, beyond what every store must do. */
class InMemoryJobSearchTest {
    private final JobStore jobs = new InMemoryDatastore().jobs();

    @Test
    void aWordMatchesTheStartOfAWord() {
        Job backup = store(job("Nightly backup", at(1)));
        store(job("Backpack inventory", at(2)));

        assertThat(search("backu")).containsExactly(backup.id());
        assertThat(search("run")).isEmpty();
        assertThat(search("pending")).hasSize(2);
        assertThat(search("ckup")).isEmpty();
    }

    @Test
    void punctuationSeparatesWordsOnBothSides() {
        Job hyphenated = store(job(jobSpec("etl-pipeline_v2", "loads data (daily)", null), at(1)));

        assertThat(search("pipeline")).containsExactly(hyphenated.id());
        assertThat(search("etl-pipeline")).containsExactly(hyphenated.id());
        assertThat(search("(daily)")).containsExactly(hyphenated.id());
        assertThat(search("   ")).containsExactly(hyphenated.id());
    }

    @Test
    void tagsMatchExactly() {
        store(job(jobSpec("tagged", null, List.of("Prod")), at(1)));

        assertThat(jobs.page(new JobQuery("", List.of("prod"), 1, 10)).items()).isEmpty();
        assertThat(jobs.page(new JobQuery("", List.of("Prod"), 1, 10)).items()).hasSize(1);
    }

    @Test
    void pageNumbersAndSizesBelowOneAreReadAsOne() {
        Job newest = store(job("newest", at(2)));
        store(job("oldest", at(1)));

        Page<Job> page = jobs.page(JobQuery.all(0, -5));

        assertThat(page.items()).containsExactly(newest);
        assertThat(page).extracting(Page::number, Page::size, Page::totalPages, Page::totalItems)
                .containsExactly(1, 1, 2, 2L);
    }

    private Job store(Job job) {
        jobs.create(job);
        return job;
    }

    private List<String> search(String text) {
        return jobs.page(new JobQuery(text, List.of(), 1, 20)).items().stream().map(Job::id).toList();
    }
}
