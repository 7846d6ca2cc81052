package io.tork.plugin.api;

/**
 * The outcome of a successful task run.
 *
 * @param result what the task wrote to {@code TORK_OUTPUT} (its first 64 KiB), or the empty string when it wrote
 *               nothing; never {@code null}
 */
public record RunOutcome(String result) {

    /** Normalises a missing result to the empty string. */
    public RunOutcome {
        result = result == null ? "" : result;
    }

    /** The outcome of a task that produced no result. */
    public static RunOutcome empty() {
        return new RunOutcome("");
    }
}
