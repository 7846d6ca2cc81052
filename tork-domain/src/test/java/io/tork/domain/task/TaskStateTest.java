package io.tork.domain.task;

import static io.tork.domain.task.TaskState.CANCELLED;
import static io.tork.domain.task.TaskState.COMPLETED;
import static io.tork.domain.task.TaskState.CREATED;
import static io.tork.domain.task.TaskState.FAILED;
import static io.tork.domain.task.TaskState.PENDING;
import static io.tork.domain.task.TaskState.RUNNING;
import static io.tork.domain.task.TaskState.SCHEDULED;
import static io.tork.domain.task.TaskState.SKIPPED;
import static io.tork.domain.task.TaskState.STOPPED;
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

class TaskStateTest {

    /**
     * Reference §3.3: CREATED each-children are released to PENDING; PENDING is skipped, routed to a queue
     * (SCHEDULED) or expanded as a composite (RUNNING); a skipped task is processed as a completion; every active
     * task can fail or be cancelled. The end states never move again.
     */
    private static final Map<TaskState, Set<TaskState>> LEGAL = Map.of(
            CREATED, EnumSet.of(PENDING, CANCELLED, FAILED),
            PENDING, EnumSet.of(SCHEDULED, RUNNING, SKIPPED, CANCELLED, FAILED, COMPLETED),
            SCHEDULED, EnumSet.of(RUNNING, COMPLETED, FAILED, CANCELLED),
            RUNNING, EnumSet.of(COMPLETED, FAILED, CANCELLED),
            SKIPPED, EnumSet.of(COMPLETED),
            CANCELLED, EnumSet.noneOf(TaskState.class),
            STOPPED, EnumSet.noneOf(TaskState.class),
            COMPLETED, EnumSet.noneOf(TaskState.class),
            FAILED, EnumSet.noneOf(TaskState.class));

    static Stream<Arguments> everyPair() {
        return Arrays.stream(TaskState.values()).flatMap(from -> Arrays.stream(TaskState.values())
                .map(to -> Arguments.of(from, to, LEGAL.get(from).contains(to))));
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @MethodSource("everyPair")
    void onlyTheLegalMovesAreAllowed(TaskState from, TaskState to, boolean legal) {
        assertThat(from.canMoveTo(to)).isEqualTo(legal);
    }

    @Test
    void theTableCoversEveryState() {
        assertThat(LEGAL).containsOnlyKeys(TaskState.values());
    }

    @Test
    void createdPendingScheduledAndRunningAreActive() {
        assertThat(Arrays.stream(TaskState.values()).filter(TaskState::isActive))
                .containsExactlyInAnyOrder(CREATED, PENDING, SCHEDULED, RUNNING);
    }

    @Test
    void everyOtherStateIsTerminal() {
        assertThat(Arrays.stream(TaskState.values()).filter(TaskState::isTerminal))
                .containsExactlyInAnyOrder(CANCELLED, STOPPED, COMPLETED, FAILED, SKIPPED);
    }

    @Test
    void noTerminalStateLeadsBackToAnActiveOne() {
        for (TaskState end : TaskState.values()) {
            if (end.isTerminal()) {
                assertThat(end.next()).as("moves out of %s", end).noneMatch(TaskState::isActive);
            }
        }
    }
}
