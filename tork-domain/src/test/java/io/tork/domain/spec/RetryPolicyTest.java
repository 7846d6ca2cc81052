package io.tork.domain.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    @Test
    void theDelayGrowsByTheScalingFactor() {
        RetryPolicy retry = new RetryPolicy(3, "1s", 2.0);

        assertThat(retry.delayAfter(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(retry.delayAfter(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(retry.delayAfter(3)).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void theScalingFactorDefaultsToTwo() {
        RetryPolicy retry = new RetryPolicy(3, "500ms", null);

        assertThat(retry.delayAfter(3)).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void aFactorOfOneKeepsTheDelayConstant() {
        RetryPolicy retry = new RetryPolicy(5, "3s", 1.0);

        assertThat(retry.delayAfter(5)).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void withoutAnInitialDelayRetriesAreImmediate() {
        assertThat(new RetryPolicy(2, null, 2.0).delayAfter(1)).isZero();
        assertThat(new RetryPolicy(2, "", 2.0).delayAfter(2)).isZero();
    }

    @Test
    void theDelayIsCappedAtOneDay() {
        RetryPolicy retry = new RetryPolicy(10, "1h", 10.0);

        assertThat(retry.delayAfter(2)).isEqualTo(Duration.ofHours(10));
        assertThat(retry.delayAfter(3)).isEqualTo(Duration.ofDays(1));
        assertThat(retry.delayAfter(10)).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void aMissingLimitMeansNoRetry() {
        assertThat(new RetryPolicy(null, null, null).limitOrZero()).isZero();
        assertThat(new RetryPolicy(4, null, null).limitOrZero()).isEqualTo(4);
    }
}
