package io.tork.plugin.api;

/**
 * Resource limits of a task, as the user wrote them in the job file.
 *
 * @param cpus   the number of CPUs, possibly fractional ({@code ".5"}, {@code "2"}), or {@code null} for no limit
 * @param memory an amount of memory with a unit ({@code "10m"}, {@code "1g"}), or {@code null} for no limit
 */
public record ResourceLimits(String cpus, String memory) {

    /** No limit on anything. */
    public static final ResourceLimits NONE = new ResourceLimits(null, null);

    /** Normalises blank values to {@code null}, so that "no limit" has one spelling. */
    public ResourceLimits {
        cpus = blankToNull(cpus);
        memory = blankToNull(memory);
    }

    /** Whether no limit is set at all. */
    public boolean isEmpty() {
        return cpus == null && memory == null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
