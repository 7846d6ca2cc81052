package io.tork.adapters.out.runtime.docker;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a memory amount written the way Docker reads {@code --memory}: a number, an optional space, an optional
 * unit letter (b, k, m, g, t, p; an optional {@code i}) and an optional {@code b}. Units are binary whatever the
 * spelling, as in Docker: {@code 1MB} = {@code 1m} = {@code 1MiB} = 1048576 bytes, {@code 500KB} = 512000.
 */
final class MemorySize {
    private static final Pattern FORMAT = Pattern.compile("^(\\d+(?:\\.\\d+)?) ?(?:([kmgtp])i?)?b?$",
            Pattern.CASE_INSENSITIVE);
    private static final String UNITS = "kmgtp";

    private MemorySize() {
    }

    /** @throws IllegalArgumentException when {@code value} is not a memory amount or does not fit a long */
    static long parseBytes(String value) {
        if (value == null) {
            throw new IllegalArgumentException("no value");
        }
        Matcher m = FORMAT.matcher(value.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + value + "' is not a memory size such as 512k, 10m, 1GB");
        }
        BigDecimal amount = new BigDecimal(m.group(1));
        String unit = m.group(2);
        if (unit != null) {
            int power = UNITS.indexOf(unit.toLowerCase(Locale.ROOT)) + 1;
            amount = amount.multiply(BigDecimal.valueOf(1024).pow(power));
        }
        try {
            // Docker drops the fraction of a byte ("1.5k" = 1536, "0.3b" = 0).
            return amount.toBigInteger().longValueExact();
        } catch (ArithmeticException tooLarge) {
            throw new IllegalArgumentException("'" + value + "' is too large");
        }
    }
}
