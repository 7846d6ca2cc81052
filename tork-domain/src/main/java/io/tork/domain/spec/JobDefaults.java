package io.tork.domain.spec;

/** Values applied to every container task of a job that does not set them itself. */
public record JobDefaults(RetryPolicy retry, Limits limits, String timeout, String queue, Integer priority) {
}
