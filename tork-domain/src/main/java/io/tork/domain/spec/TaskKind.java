package io.tork.domain.spec;

/** What a task does: run one container, or coordinate other tasks. Switches over it are exhaustive. */
public sealed interface TaskKind {
    /** Runs one container (or process) through a runtime. */
    record Container(TaskSpec spec) implements TaskKind {
    }

    /** Runs all its child tasks at once and completes when they all have. */
    record Parallel(ParallelSpec spec) implements TaskKind {
    }

    /** Runs one task per element of a list, with an optional concurrency window. */
    record Each(EachSpec spec) implements TaskKind {
    }

    /** Runs another job, attached (its output is this task's result) or detached (fire and forget). */
    record SubJob(SubJobSpec spec) implements TaskKind {
    }
}
