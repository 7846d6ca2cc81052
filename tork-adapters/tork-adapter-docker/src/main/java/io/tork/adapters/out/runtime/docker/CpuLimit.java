package io.tork.adapters.out.runtime.docker;

import java.math.BigDecimal;

/** Reads {@code limits.cpus} ({@code ".5"}, {@code "1"}, {@code "2.25"}) into Docker's NanoCPUs, like {@code --cpus}. */
final class CpuLimit {
    private static final BigDecimal NANOS_PER_CPU = BigDecimal.valueOf(1_000_000_000L);

    private CpuLimit() {
    }

    /** @throws IllegalArgumentException when {@code value} is not a positive number of CPUs */
    static long parseNanoCpus(String value) {
        BigDecimal cpus;
        try {
            cpus = new BigDecimal(value == null ? "" : value.trim());
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException("'" + value + "' is not a number of CPUs such as .5 or 2");
        }
        if (cpus.signum() <= 0) {
            throw new IllegalArgumentException("'" + value + "' must be greater than zero");
        }
        try {
            return cpus.multiply(NANOS_PER_CPU).longValueExact();
        } catch (ArithmeticException tooPreciseOrLarge) {
            throw new IllegalArgumentException("'" + value + "' is too precise or too large");
        }
    }
}
