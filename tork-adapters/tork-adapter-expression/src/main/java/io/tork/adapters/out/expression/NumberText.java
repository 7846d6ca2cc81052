package io.tork.adapters.out.expression;

import java.math.BigDecimal;
import java.math.BigInteger;

/** Numbers as text: integers without a decimal point, other numbers in their shortest form (SPEC §4.1). */
final class NumberText {
    // Same switch-over points as JavaScript: plain notation in between, scientific outside.
    private static final double PLAIN_MIN = 1e-7;
    private static final double PLAIN_MAX = 1e21;

    private NumberText() {
    }

    static String format(Number number) {
        if (number instanceof Double || number instanceof Float) {
            return formatFloating(number);
        }
        if (number instanceof BigDecimal decimal) {
            return formatDecimal(decimal);
        }
        if (number instanceof BigInteger) {
            return number.toString();
        }
        if (Values.isIntegral(number)) {
            return Long.toString(number.longValue());
        }
        return formatFloating(number.doubleValue());
    }

    /** True when the number has a finite JSON representation. */
    static boolean isFinite(Number number) {
        if (number instanceof Double || number instanceof Float) {
            return Double.isFinite(number.doubleValue());
        }
        return true;
    }

    private static String formatFloating(Number number) {
        double value = number.doubleValue();
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        if (value == 0) {
            return "0";
        }
        // Float.toString/Double.toString give the shortest digits that read back to the same value.
        String shortest = number instanceof Float f ? Float.toString(f) : Double.toString(value);
        return formatDecimal(new BigDecimal(shortest));
    }

    private static String formatDecimal(BigDecimal decimal) {
        if (decimal.signum() == 0) {
            return "0";
        }
        BigDecimal stripped = decimal.stripTrailingZeros();
        double magnitude = stripped.abs().doubleValue();
        if (magnitude >= PLAIN_MIN && magnitude < PLAIN_MAX) {
            return stripped.toPlainString();
        }
        return stripped.toString().replace("E", "e");
    }
}
