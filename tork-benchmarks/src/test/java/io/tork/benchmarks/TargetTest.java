package io.tork.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TargetTest {
    @Test
    void anUpperBoundIsMetAtOrBelowIt() {
        Target target = Target.atMost(1.15, "×");
        assertThat(target.isMet(1.15)).isTrue();
        assertThat(target.isMet(1.0)).isTrue();
        assertThat(target.isMet(1.16)).isFalse();
        assertThat(target.headroom(0.575)).isEqualTo(2.0);
        assertThat(target.describe()).isEqualTo("≤ 1.15×");
    }

    @Test
    void aLowerBoundIsMetAtOrAboveIt() {
        Target target = Target.atLeast(2000, "tasks/s");
        assertThat(target.isMet(2000)).isTrue();
        assertThat(target.isMet(1999)).isFalse();
        assertThat(target.headroom(1000)).isEqualTo(0.5);
        assertThat(target.describe()).isEqualTo("≥ 2,000 tasks/s");
    }

    @Test
    void resultsTakeTheMedianOfTheirRoundsAndJudgeIt() {
        Result missed = Result.of("s", "n", Target.atLeast(500, "tasks/s"), java.util.List.of(600.0, 400.0, 450.0),
                "tasks/s", "b", "c");
        assertThat(missed.measured()).isEqualTo(450.0);
        assertThat(missed.verdict()).isEqualTo("MISS");
        assertThat(missed.missed()).isTrue();
        Result info = Result.of("s", "n", null, java.util.List.of(1.0), "s", "b", "c");
        assertThat(info.verdict()).isEqualTo("info");
        assertThat(info.missed()).isFalse();
    }
}
