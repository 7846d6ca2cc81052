package io.tork.domain.job;

import static io.tork.domain.job.JobState.CANCELLED;
import static io.tork.domain.job.JobState.COMPLETED;
import static io.tork.domain.job.JobState.FAILED;
import static io.tork.domain.job.JobState.PENDING;
import static io.tork.domain.job.JobState.RUNNING;
import static io.tork.domain.job.JobState.SCHEDULED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JobStateTest {

    /**
     * Reference §3.2, plus two moves out of PENDING: a job can be cancelled, or fail, before its first task
     * was created (e.g. that task's templates do not evaluate).
     */
    private static final Map<JobState, Set<JobState>> LEGAL = Map.of(
            PENDING, EnumSet.of(SCHEDULED, FAILED, CANCELLED),
            SCHEDULED, EnumSet.of(RUNNING, COMPLETED, FAILED, CANCELLED),
            RUNNING, EnumSet.of(COMPLETED, FAILED, CANCELLED),
            FAILED, EnumSet.of(RUNNING),
            CANCELLED, EnumSet.of(RUNNING),
            COMPLETED, EnumSet.noneOf(JobState.class));

    static Stream<Arguments> everyPair() {
        return Arrays.stream(JobState.values()).flatMap(from -> Arrays.stream(JobState.values())
                .map(to -> Arguments.of(from, to, LEGAL.get(from).contains(to))));
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @MethodSource("everyPair")
    void onlyTheLegalMovesAreAllowed(JobState from, JobState to, boolean legal) {
        assertThat(from.canMoveTo(to)).isEqualTo(legal);
    }

    @Test
    void theTableCoversEveryState() {
        assertThat(LEGAL).containsOnlyKeys(JobState.values());
    }

    @Test
    void pendingScheduledAndRunningAreActive() {
        assertThat(Arrays.stream(JobState.values()).filter(JobState::isActive))
                .containsExactlyInAnyOrder(PENDING, SCHEDULED, RUNNING);
    }

    @Test
    void theEndStatesAreTerminal() {
        assertThat(Arrays.stream(JobState.values()).filter(JobState::isTerminal))
                .containsExactlyInAnyOrder(COMPLETED, FAILED, CANCELLED);
    }

    @Test
    void noStateMovesToItself() {
        assertThat(JobState.values()).noneMatch(s -> s.canMoveTo(s));
    }
}
