package io.tork.domain.task;

import static io.tork.domain.testing.TestJobs.T0;
import static io.tork.domain.testing.TestTasks.aContainerTask;
import static io.tork.domain.testing.TestTasks.aTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tork.domain.common.IllegalTransitionException;
import io.tork.domain.spec.TaskSpec;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaskTest {
    private static final Instant T1 = T0.plusSeconds(1);
    private static final Instant T2 = T0.plusSeconds(2);

    @Nested
    class Creation {
        @Test
        void aNewTaskIsTheFirstAttempt() {
            Task task = Task.created("t", "j", "parent", 2, aContainerTask().build(), T0);

            assertThat(task.state()).isEqualTo(TaskState.CREATED);
            assertThat(task.attempt()).isEqualTo(1);
            assertThat(task.position()).isEqualTo(2);
            assertThat(task.isChild()).isTrue();
            assertThat(task.createdAt()).isEqualTo(T0);
        }

        @Test
        void aPendingTaskIsReadyToSchedule() {
            Task task = aTask().pending();

            assertThat(task.state()).isEqualTo(TaskState.PENDING);
            assertThat(task.isChild()).isFalse();
        }
    }

    @Nested
    class Lifecycle {
        @Test
        void schedulingStoresTheEffectiveSpec() {
            TaskSpec effective = aContainerTask().queue("default").timeout("5s").build();
            Task task = aTask().pending().schedule(effective, T1);

            assertThat(task.state()).isEqualTo(TaskState.SCHEDULED);
            assertThat(task.scheduledAt()).isEqualTo(T1);
            assertThat(task.spec()).isEqualTo(effective);
        }

        @Test
        void startingRecordsTheNode() {
            Task task = aTask().scheduled().start("worker-7", T2);

            assertThat(task.state()).isEqualTo(TaskState.RUNNING);
            assertThat(task.nodeId()).isEqualTo("worker-7");
            assertThat(task.startedAt()).isEqualTo(T2);
        }

        @Test
        void aCompositeStartsCoordinatingStraightFromPending() {
            Task task = aTask().pending().startCoordinating(T1);

            assertThat(task.state()).isEqualTo(TaskState.RUNNING);
            assertThat(task.scheduledAt()).isEqualTo(T1);
            assertThat(task.startedAt()).isEqualTo(T1);
        }

        @Test
        void completionRecordsResultAndFullProgress() {
            Task task = aTask().running().withProgress(40).complete("42", T2);

            assertThat(task.state()).isEqualTo(TaskState.COMPLETED);
            assertThat(task.result()).isEqualTo("42");
            assertThat(task.completedAt()).isEqualTo(T2);
            assertThat(task.progress()).isEqualTo(100.0);
        }

        @Test
        void aScheduledTaskCanCompleteWithoutAStartedReport() {
            assertThat(aTask().scheduled().complete("r", T1).state()).isEqualTo(TaskState.COMPLETED);
        }

        @Test
        void failureRecordsTheError() {
            Task task = aTask().running().fail("exit code 1", T2);

            assertThat(task.state()).isEqualTo(TaskState.FAILED);
            assertThat(task.error()).isEqualTo("exit code 1");
            assertThat(task.failedAt()).isEqualTo(T2);
        }

        @Test
        void cancellationRecordsWhen() {
            Task task = aTask().running().cancel(T2);

            assertThat(task.state()).isEqualTo(TaskState.CANCELLED);
            assertThat(task.completedAt()).isEqualTo(T2);
        }

        @Test
        void skippingStampsEveryTimeAndIsThenCompleted() {
            Task skipped = aTask().pending().skip(T1);

            assertThat(skipped.state()).isEqualTo(TaskState.SKIPPED);
            assertThat(skipped.scheduledAt()).isEqualTo(T1);
            assertThat(skipped.startedAt()).isEqualTo(T1);
            assertThat(skipped.completedAt()).isEqualTo(T1);
            assertThat(skipped.complete(null, T2).state()).isEqualTo(TaskState.COMPLETED);
        }

        @Test
        void releaseMovesAWaitingEachChildToPending() {
            assertThat(aTask().created().release().state()).isEqualTo(TaskState.PENDING);
        }

        @Test
        void onlyACreatedTaskCanBeReleased() {
            assertThatThrownBy(() -> aTask().running().release()).isInstanceOf(IllegalTransitionException.class);
        }

        @Test
        void aTaskWaitingInCreatedCanNotBeScheduled() {
            assertThatThrownBy(() -> aTask().created().schedule(aContainerTask().build(), T1))
                    .isInstanceOf(IllegalTransitionException.class);
        }
    }

    @Nested
    class Finality {
        @Test
        void aCancelledTaskCanNotComplete() {
            Task cancelled = aTask().cancelled();

            assertThatThrownBy(() -> cancelled.complete("late", T2)).isInstanceOf(IllegalTransitionException.class)
                    .hasMessageContaining("CANCELLED to COMPLETED");
        }

        @Test
        void aCompletedTaskCanNotStartAgain() {
            Task completed = aTask().completed("done");

            assertThatThrownBy(() -> completed.start("node-2", T2)).isInstanceOf(IllegalTransitionException.class);
        }

        @Test
        void aCompletedTaskCanNotCompleteTwice() {
            Task completed = aTask().completed("done");

            assertThatThrownBy(() -> completed.complete("again", T2)).isInstanceOf(IllegalTransitionException.class)
                    .hasMessageContaining("already COMPLETED");
        }

        @Test
        void aFailedTaskCanNotBeCancelledOrFailAgain() {
            Task failed = aTask().failed("boom");

            assertThatThrownBy(() -> failed.cancel(T2)).isInstanceOf(IllegalTransitionException.class);
            assertThatThrownBy(() -> failed.fail("again", T2)).isInstanceOf(IllegalTransitionException.class);
        }

        @Test
        void aSkippedTaskCanNotRun() {
            Task skipped = aTask().pending().skip(T1);

            assertThatThrownBy(() -> skipped.start("node", T2)).isInstanceOf(IllegalTransitionException.class);
        }

        @Test
        void transitionsLeaveTheOriginalUnchanged() {
            Task running = aTask().running();
            running.complete("r", T2);

            assertThat(running.state()).isEqualTo(TaskState.RUNNING);
            assertThat(running.result()).isNull();
        }
    }

    @Nested
    class Retrying {
        @Test
        void theNextAttemptIsAFreshPendingTaskAtTheSamePlace() {
            Task failed = aTask().id("first").parentId("parent-1").position(3).failed("boom").toBuilder()
                    .stdoutAsResult(true).progress(30).build();
            TaskSpec rendered = aContainerTask().env(java.util.Map.of("TRY", "2")).build();
            Instant notBefore = T2.plusSeconds(4);

            Task next = failed.nextAttempt("second", rendered, T2, notBefore);

            assertThat(next.id()).isEqualTo("second");
            assertThat(next.attempt()).isEqualTo(2);
            assertThat(next.state()).isEqualTo(TaskState.PENDING);
            assertThat(next.jobId()).isEqualTo(failed.jobId());
            assertThat(next.parentId()).isEqualTo("parent-1");
            assertThat(next.position()).isEqualTo(3);
            assertThat(next.spec()).isEqualTo(rendered);
            assertThat(next.createdAt()).isEqualTo(T2);
            assertThat(next.notBefore()).isEqualTo(notBefore);
            assertThat(next.stdoutAsResult()).isTrue();
            assertThat(next.error()).isNull();
            assertThat(next.failedAt()).isNull();
            assertThat(next.nodeId()).isNull();
            assertThat(next.progress()).isZero();
        }

        @Test
        void attemptsKeepCounting() {
            Task first = aTask().failed("1");
            Task third = first.nextAttempt("b", first.spec(), T1, null).nextAttempt("c", first.spec(), T2, null);

            assertThat(third.attempt()).isEqualTo(3);
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"-10,0", "0,0", "42.5,42.5", "100,100", "101,100"})
    void progressIsClampedBetweenZeroAndOneHundred(double reported, double stored) {
        assertThat(aTask().running().withProgress(reported).progress()).isEqualTo(stored);
    }
}
