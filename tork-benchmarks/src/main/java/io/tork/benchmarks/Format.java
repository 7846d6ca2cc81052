package io.tork.benchmarks;

import java.util.Locale;

/** Numbers as the report shows them: thousands separated, few decimals, with their unit. */
final class Format {
    private Format() {
    }

    static String value(double value, String unit) {
        String number = number(value);
        if (unit == null || unit.isEmpty()) return number;
        if (unit.equals("×") || unit.equals("%")) return number + unit;
        return number + " " + unit;
    }

    static String number(double value) {
        if (Double.isInfinite(value) || Double.isNaN(value)) return "n/a";
        double abs = Math.abs(value);
        if (abs >= 100) return String.format(Locale.ROOT, "%,.0f", value);
        if (abs >= 10) return String.format(Locale.ROOT, "%.1f", value);
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
