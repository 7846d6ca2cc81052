package io.tork.application.coordinator;

import io.tork.domain.task.Task;
import io.tork.domain.task.TaskState;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The earlier attempts of a task, read back from its job's execution. Attempts carry no link to the attempt they
 * replace, but a new attempt keeps the task's parent, position and (scheduled) definition and numbers itself one
 * higher, so the chain is followed backwards through failed attempts numbered one lower each step. A restart
 * starts again at attempt 1, which ends the chain there.
 */
final class AttemptChain {
    private AttemptChain() {
    }

    /** How many attempts before {@code attempt} in its chain match {@code counted}. */
    static int countEarlier(List<Task> execution, Task attempt, Predicate<Task> counted) {
        List<Task> sameTask = execution.stream().filter(t -> isSameTask(t, attempt)).toList();
        int count = 0;
        Task current = attempt;
        while (current.attempt() > 1) {
            Optional<Task> previous = previousOf(sameTask, current);
            if (previous.isEmpty()) break;
            current = previous.get();
            if (counted.test(current)) count++;
        }
        return count;
    }

    private static Optional<Task> previousOf(List<Task> sameTask, Task attempt) {
        return sameTask.stream()
                .filter(t -> t.attempt() == attempt.attempt() - 1 && t.state() == TaskState.FAILED)
                .filter(t -> !t.createdAt().isAfter(attempt.createdAt()))
                .reduce((first, second) -> second);
    }

    private static boolean isSameTask(Task candidate, Task attempt) {
        return candidate.jobId().equals(attempt.jobId())
                && Objects.equals(candidate.parentId(), attempt.parentId())
                && candidate.position() == attempt.position()
                && Objects.equals(candidate.spec(), attempt.spec());
    }
}
