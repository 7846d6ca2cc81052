package io.tork.domain.job;

import static io.tork.domain.testing.TestJobs.T0;
import static io.tork.domain.testing.TestJobs.aJob;
import static io.tork.domain.testing.TestTasks.aContainerTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tork.domain.common.IllegalTransitionException;
import io.tork.domain.spec.TaskSpec;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JobTest {
    private static final Instant T1 = T0.plusSeconds(1);
    private static final Instant T2 = T0.plusSeconds(2);

    private static Job runningJobOf(int taskCount) {
        TaskSpec[] tasks = new TaskSpec[taskCount];
        for (int i = 0; i < taskCount; i++) tasks[i] = aContainerTask("task " + (i + 1)).build();
        return aJob().tasks(tasks).running();
    }

    @Nested
    class Submission {
        @Test
        void aSubmittedJobIsPendingBeforeItsFirstTask() {
            Job job = aJob().inputs(Map.of("in", "put")).secrets(Map.of("key", "s3cret")).pending();

            assertThat(job.state()).isEqualTo(JobState.PENDING);
            assertThat(job.position()).isZero();
            assertThat(job.createdAt()).isEqualTo(T0);
            assertThat(job.startedAt()).isNull();
            assertThat(job.parentTaskId()).isNull();
            assertThat(job.context().inputs()).containsExactly(Map.entry("in", "put"));
            assertThat(job.context().secrets()).containsExactly(Map.entry("key", "s3cret"));
            assertThat(job.context().job()).containsEntry("id", "job-1").containsEntry("name", "test job");
            assertThat(job.currentTaskSpec()).isEmpty();
        }

        @Test
        void aSubJobRemembersTheTaskWaitingForIt() {
            Job sub = Job.subJob("sub-1", "parent-task", aJob().spec(), T0);

            assertThat(sub.parentTaskId()).isEqualTo("parent-task");
            assertThat(sub.kind()).isEqualTo(JobKind.JOB);
            assertThat(sub.state()).isEqualTo(JobState.PENDING);
            assertThat(sub.context().job()).containsEntry("id", "sub-1");
        }
    }

    @Nested
    class Scheduling {
        @Test
        void schedulingStartsTheJobAtItsFirstTask() {
            Job job = aJob().pending().schedule(T1);

            assertThat(job.state()).isEqualTo(JobState.SCHEDULED);
            assertThat(job.position()).isEqualTo(1);
            assertThat(job.startedAt()).isEqualTo(T1);
            assertThat(job.currentTaskSpec()).contains(job.spec().tasks().getFirst());
        }

        @Test
        void aScheduledJobCanNotBeScheduledAgain() {
            Job job = aJob().scheduled();

            assertThatThrownBy(() -> job.schedule(T2)).isInstanceOf(IllegalTransitionException.class)
                    .hasMessageContaining("SCHEDULED to SCHEDULED");
        }

        @Test
        void markRunningMovesAScheduledJob() {
            assertThat(aJob().scheduled().markRunning().state()).isEqualTo(JobState.RUNNING);
        }

        @Test
        void markRunningIsIdempotent() {
            Job running = aJob().running();

            assertThat(running.markRunning()).isSameAs(running);
        }

        @Test
        void aPendingJobCanNotBeMarkedRunning() {
            assertThatThrownBy(() -> aJob().pending().markRunning()).isInstanceOf(IllegalTransitionException.class);
        }
    }

    @Nested
    class Advancing {
        @Test
        void advancingMovesToTheNextTaskAndRoundsProgressToTwoDecimals() {
            Job job = runningJobOf(3).advance(null, null);

            assertThat(job.position()).isEqualTo(2);
            assertThat(job.progress()).isEqualTo(33.33);
            assertThat(job.currentTaskSpec().map(TaskSpec::name)).contains("task 2");
            assertThat(job.hasMoreTasks()).isTrue();
        }

        @Test
        void advancingTwiceOfThreeGivesTwoThirds() {
            Job job = runningJobOf(3).advance(null, null).advance(null, null);

            assertThat(job.position()).isEqualTo(3);
            assertThat(job.progress()).isEqualTo(66.67);
            assertThat(job.hasMoreTasks()).isFalse();
        }

        @Test
        void advancingPastTheLastTaskReachesOneHundred() {
            Job job = runningJobOf(1).advance(null, null);

            assertThat(job.position()).isEqualTo(2);
            assertThat(job.progress()).isEqualTo(100.0);
            assertThat(job.currentTaskSpec()).isEmpty();
        }

        @Test
        void theTaskResultIsStoredUnderItsVar() {
            Job job = runningJobOf(2).advance("greeting", "hello");

            assertThat(job.context().tasks()).containsExactly(Map.entry("greeting", "hello"));
        }

        @ParameterizedTest(name = "var ''{0}'', result ''{1}''")
        @CsvSource(value = {"NULL,hello", "'',hello", "'  ',hello", "greeting,NULL", "greeting,''"}, nullValues = "NULL")
        void nothingIsStoredUnlessBothVarAndResultAreNonEmpty(String var, String result) {
            Job job = runningJobOf(2).advance(var, result);

            assertThat(job.position()).isEqualTo(2);
            assertThat(job.context().tasks()).isEmpty();
        }

        @Test
        void recordResultStoresWithoutMoving() {
            Job job = runningJobOf(2).recordResult("child", "out");

            assertThat(job.position()).isEqualTo(1);
            assertThat(job.progress()).isZero();
            assertThat(job.context().tasks()).containsEntry("child", "out");
        }

        @Test
        void anEndedJobDoesNotAdvance() {
            Job failed = runningJobOf(2).fail("boom", T1);

            assertThatThrownBy(() -> failed.advance("v", "r")).isInstanceOf(IllegalTransitionException.class)
                    .hasMessageContaining("FAILED");
        }
    }

    @Nested
    class Ending {
        @Test
        void completionRecordsResultTimesAndFullProgress() {
            Instant deleteAt = T2.plusSeconds(60);
            Job job = runningJobOf(2).complete("all done", T2, deleteAt);

            assertThat(job.state()).isEqualTo(JobState.COMPLETED);
            assertThat(job.result()).isEqualTo("all done");
            assertThat(job.completedAt()).isEqualTo(T2);
            assertThat(job.deleteAt()).isEqualTo(deleteAt);
            assertThat(job.progress()).isEqualTo(100.0);
            assertThat(job.failedAt()).isNull();
        }

        @Test
        void withoutAutoDeleteThereIsNoDeleteAt() {
            assertThat(runningJobOf(1).complete("r", T2, null).deleteAt()).isNull();
        }

        @Test
        void aScheduledJobCanCompleteWithoutEverRunning() {
            // e.g. its only task was skipped or was a composite
            assertThat(aJob().scheduled().complete(null, T1, null).state()).isEqualTo(JobState.COMPLETED);
        }

        @Test
        void failureKeepsTheErrorAndWhen() {
            Job job = runningJobOf(2).fail("task 1 failed: exit code 1", T2);

            assertThat(job.state()).isEqualTo(JobState.FAILED);
            assertThat(job.error()).isEqualTo("task 1 failed: exit code 1");
            assertThat(job.failedAt()).isEqualTo(T2);
            assertThat(job.completedAt()).isNull();
        }

        @Test
        void cancellationOnlyChangesTheState() {
            Job running = runningJobOf(2).advance("a", "b");
            Job cancelled = running.cancel();

            assertThat(cancelled.state()).isEqualTo(JobState.CANCELLED);
            assertThat(cancelled).usingRecursiveComparison().ignoringFields("state").isEqualTo(running);
        }

        @Test
        void aCancelledJobCanNotBeCompleted() {
            Job cancelled = runningJobOf(1).cancel();

            assertThatThrownBy(() -> cancelled.complete("late", T2, null))
                    .isInstanceOf(IllegalTransitionException.class)
                    .hasMessageContaining("CANCELLED to COMPLETED");
        }

        @Test
        void aCompletedJobCanNotFailOrBeCancelled() {
            Job completed = runningJobOf(1).complete("r", T1, null);

            assertThatThrownBy(() -> completed.fail("late", T2)).isInstanceOf(IllegalTransitionException.class);
            assertThatThrownBy(completed::cancel).isInstanceOf(IllegalTransitionException.class);
        }

        @Test
        void transitionsLeaveTheOriginalUnchanged() {
            Job running = runningJobOf(1);
            running.fail("boom", T1);

            assertThat(running.state()).isEqualTo(JobState.RUNNING);
            assertThat(running.error()).isNull();
        }
    }

    @Nested
    class Restarting {
        @Test
        void aFailedJobRestartsRunningAtTheTaskThatStoppedIt() {
            Job failed = runningJobOf(3).advance("a", "1").fail("boom", T2);
            Job restarted = failed.restart();

            assertThat(restarted.state()).isEqualTo(JobState.RUNNING);
            assertThat(restarted.position()).isEqualTo(2);
            assertThat(restarted.error()).isNull();
            assertThat(restarted.failedAt()).isNull();
            assertThat(restarted.context().tasks()).containsEntry("a", "1");
        }

        @Test
        void aCancelledJobCanBeRestarted() {
            assertThat(runningJobOf(2).cancel().restart().state()).isEqualTo(JobState.RUNNING);
        }

        @Test
        void onlyFailedOrCancelledJobsRestart() {
            for (Job job : List.of(aJob().pending(), aJob().scheduled(), aJob().running(),
                    aJob().running().complete("r", T1, null))) {
                assertThatThrownBy(job::restart).as("restart from %s", job.state())
                        .isInstanceOf(IllegalTransitionException.class)
                        .hasMessageContaining("can not be restarted");
            }
        }
    }

    @Nested
    class Progress {
        @ParameterizedTest(name = "task at {0}% -> job at {1}%")
        @CsvSource({"0,0", "5,2.5", "50,25", "100,50", "-10,0", "101,50"})
        void theReferenceVectors(double taskProgress, double jobProgress) {
            Job job = runningJobOf(2);

            assertThat(job.progressWithCurrentTaskAt(taskProgress)).isEqualTo(jobProgress);
        }

        @Test
        void theSecondOfTwoTasksStartsAtHalfway() {
            Job job = runningJobOf(2).advance(null, null);

            assertThat(job.progressWithCurrentTaskAt(0)).isEqualTo(50.0);
            assertThat(job.progressWithCurrentTaskAt(50)).isEqualTo(75.0);
        }

        @Test
        void progressIsRoundedToTwoDecimals() {
            Job job = runningJobOf(3);

            assertThat(job.progressWithCurrentTaskAt(10)).isEqualTo(3.33);
            assertThat(job.withProgress(12.3456).progress()).isEqualTo(12.35);
        }
    }
}
