package io.tork.adapters.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.tork.application.port.out.JobQuery;
import org.junit.jupiter.api.Test;

class JobSearchTest {
    private static final Paging FIRST = new Paging(1, 10);

    @Test
    void noQueryMeansEverything() {
        JobQuery q = JobSearch.parse(null, FIRST);

        assertThat(q.text()).isEmpty();
        assertThat(q.tags()).isEmpty();
        assertThat(q.page()).isEqualTo(1);
        assertThat(q.size()).isEqualTo(10);
    }

    @Test
    void tagTokensBecomeTagsAndTheRestIsText() {
        JobQuery q = JobSearch.parse("  Job 101 tag:nightly tags:not-a-tag,tag-1 running ", FIRST);

        assertThat(q.tags()).containsExactly("nightly", "not-a-tag", "tag-1");
        assertThat(q.text()).isEqualTo("Job 101 running");
    }

    @Test
    void aSingleTagIsTakenWholeAndEmptyTagsAreIgnored() {
        JobQuery q = JobSearch.parse("tag:a,b tag: tags:,", FIRST);

        assertThat(q.tags()).containsExactly("a,b");
        assertThat(q.text()).isEmpty();
    }
}
