package io.tork.domain.spec;

import static io.tork.domain.testing.TestTasks.aContainerTask;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The small helpers of the job document's value types. */
class SpecValuesTest {
    @Test
    void limitsTakeEachMissingValueFromTheDefaults() {
        Limits defaults = new Limits(".5", "10m");

        assertThat(Limits.merge(new Limits("2", null), defaults)).isEqualTo(new Limits("2", "10m"));
        assertThat(Limits.merge(new Limits(" ", "1g"), defaults)).isEqualTo(new Limits(".5", "1g"));
        assertThat(Limits.merge(null, defaults)).isEqualTo(defaults);
        assertThat(Limits.merge(new Limits("1", "1g"), null)).isEqualTo(new Limits("1", "1g"));
    }

    @Test
    void limitsWithoutValuesAreEmpty() {
        assertThat(new Limits(null, "").isEmpty()).isTrue();
        assertThat(new Limits("1", null).isEmpty()).isFalse();
    }

    @Test
    void eachDefaultsItsLoopVariableAndConcurrency() {
        EachSpec each = new EachSpec("{{ [1] }}", aContainerTask().build(), null, null);

        assertThat(each.varOrDefault()).isEqualTo("item");
        assertThat(new EachSpec("x", null, " ", null).varOrDefault()).isEqualTo("item");
        assertThat(new EachSpec("x", null, "row", 3).varOrDefault()).isEqualTo("row");
        assertThat(each.concurrencyOrUnlimited()).isZero();
        assertThat(new EachSpec("x", null, null, 3).concurrencyOrUnlimited()).isEqualTo(3);
    }

    @Test
    void aSubJobIsAttachedUnlessSaidOtherwise() {
        assertThat(subJob(null).isDetached()).isFalse();
        assertThat(subJob(false).isDetached()).isFalse();
        assertThat(subJob(true).isDetached()).isTrue();
    }

    @Test
    void aMountCanBeGivenASource() {
        Mount mount = Mount.volume("/data").withSource("vol-123");

        assertThat(mount).isEqualTo(new Mount("volume", "vol-123", "/data", null));
    }

    @Test
    void aJobCountsItsTopLevelTasks() {
        assertThat(JobSpec.of("j", null).taskCount()).isZero();
        assertThat(JobSpec.of("j", List.of(aContainerTask().build(), aContainerTask().build())).taskCount()).isEqualTo(2);
    }

    private static SubJobSpec subJob(Boolean detached) {
        return new SubJobSpec("s", null, List.of(aContainerTask().build()), null, null, null, null, detached, null);
    }
}
