package io.tork.domain.spec;

/** Synchronous submission: the API answers only when the job ends, or after {@code timeout}. */
public record WaitSpec(String timeout) {
}
