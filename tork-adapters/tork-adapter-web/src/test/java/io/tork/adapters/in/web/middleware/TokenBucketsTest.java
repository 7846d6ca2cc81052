package io.tork.adapters.in.web.middleware;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketsTest {
    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final TokenBuckets buckets = new TokenBuckets(4, now::get);

    @Test
    void aClientMaySendABurstOfItsRateThenWaits() {
        for (int i = 0; i < 4; i++) assertThat(buckets.take("10.0.0.1")).isZero();

        assertThat(buckets.take("10.0.0.1")).isEqualTo(Duration.ofMillis(250));
    }

    @Test
    void tokensComeBackWithTime() {
        for (int i = 0; i < 4; i++) buckets.take("10.0.0.1");

        now.addAndGet(Duration.ofMillis(500).toNanos());

        assertThat(buckets.take("10.0.0.1")).isZero();
        assertThat(buckets.take("10.0.0.1")).isZero();
        assertThat(buckets.take("10.0.0.1")).isPositive();
    }

    @Test
    void clientsHaveBucketsOfTheirOwn() {
        for (int i = 0; i < 4; i++) buckets.take("10.0.0.1");

        assertThat(buckets.take("10.0.0.2")).isZero();
    }

    @Test
    void savedTokensNeverExceedTheRate() {
        now.addAndGet(Duration.ofHours(1).toNanos());

        for (int i = 0; i < 4; i++) assertThat(buckets.take("10.0.0.1")).isZero();
        assertThat(buckets.take("10.0.0.1")).isPositive();
    }
}
