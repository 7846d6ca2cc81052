package io.tork.domain.job;

/**
 * How a job came to be. A {@code SINGLE_TASK} job was submitted through the seed API ({@code POST /task}):
 * its result falls back to the task's standard output when the task wrote nothing to {@code $TORK_OUTPUT}.
 */
public enum JobKind {
    JOB, SINGLE_TASK
}
