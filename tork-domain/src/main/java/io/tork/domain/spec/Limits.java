package io.tork.domain.spec;

/** Resource limits as written in a job file: {@code cpus: ".5"}, {@code memory: "10m"}. */
public record Limits(String cpus, String memory) {
    public boolean isEmpty() {
        return (cpus == null || cpus.isBlank()) && (memory == null || memory.isBlank());
    }

    /** This limits, with each missing value taken from {@code defaults}. */
    public static Limits merge(Limits own, Limits defaults) {
        if (defaults == null) return own;
        if (own == null) return defaults;
        return new Limits(blank(own.cpus) ? defaults.cpus : own.cpus, blank(own.memory) ? defaults.memory : own.memory);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
