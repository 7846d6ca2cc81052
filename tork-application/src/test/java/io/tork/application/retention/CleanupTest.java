package io.tork.application.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tork.application.port.out.DistributedLock;
import io.tork.application.port.out.RetentionStore;
import io.tork.application.testing.InProcessLock;
import io.tork.application.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CleanupTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2025-01-10T00:00:00Z"));
    private final RecordingRetention store = new RecordingRetention();
    private final InProcessLock lock = new InProcessLock();
    private final Cleanup cleanup = new Cleanup(store, lock,
            new RetentionPolicy(Duration.ofHours(168), Duration.ofHours(24)), clock);

    @Test
    void deletesLogsAndJobsPastTheirRetentionInBatches() {
        store.logParts = 3;
        store.jobs = 2;

        Cleanup.Result result = cleanup.runOnce();

        assertThat(result).isEqualTo(new Cleanup.Result(3, 2));
        assertThat(result.deletedAnything()).isTrue();
        assertThat(store.calls).containsExactly(
                "logs before 2025-01-03T00:00:00Z limit 1000",
                "jobs expired at 2025-01-10T00:00:00Z or finished before 2025-01-09T00:00:00Z limit 1000");
        assertThat(lock.isHeld(Cleanup.LOCK_KEY)).isFalse();
    }

    @Test
    void aPassThatFoundNothingSaysSo() {
        assertThat(cleanup.runOnce().deletedAnything()).isFalse();
    }

    @Test
    void anotherCoordinatorCleaningMeansThisOneSkips() {
        try (DistributedLock.Lock ignored = lock.tryAcquire(Cleanup.LOCK_KEY).orElseThrow()) {
            assertThat(cleanup.runOnce()).isEqualTo(new Cleanup.Result(0, 0));
        }
        assertThat(store.calls).isEmpty();
    }

    @Test
    void retentionsBelowAMinuteAreRefused() {
        assertThatThrownBy(() -> new RetentionPolicy(Duration.ofSeconds(59), Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({
            "PT1M, true, PT1M",
            "PT4M, true, PT2M",
            "PT1M, false, PT2M",
            "PT40M, false, PT1H",
            "PT1H, false, PT1H",
            "PT1H, true, PT30M"})
    void thePauseHalvesAfterDeletingAndDoublesOtherwiseWithinAMinuteAndAnHour(Duration current, boolean deleted,
                                                                              Duration expected) {
        assertThat(CleanupLoop.nextInterval(current, deleted)).isEqualTo(expected);
    }

    private static final class RecordingRetention implements RetentionStore {
        final List<String> calls = new ArrayList<>();
        int logParts;
        int jobs;

        @Override
        public int deleteLogPartsCreatedBefore(Instant cutoff, int limit) {
            calls.add("logs before " + cutoff + " limit " + limit);
            return logParts;
        }

        @Override
        public int deleteExpiredJobs(Instant now, Instant createdBefore, int limit) {
            calls.add("jobs expired at " + now + " or finished before " + createdBefore + " limit " + limit);
            return jobs;
        }
    }
}
