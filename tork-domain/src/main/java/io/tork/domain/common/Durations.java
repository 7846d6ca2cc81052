package io.tork.domain.common;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations in the notation of the job language (Go's): {@code 300ms}, {@code 5s}, {@code 1h30m}, {@code 2.5h}.
 * A bare {@code 0} is allowed; any other bare number is not, because its unit would be a guess.
 */
public final class Durations {
    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d*)?|\\.\\d+)(ns|us|µs|ms|s|m|h)");

    private Durations() {
    }

    public static Duration parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("duration is empty");
        }
        String s = text.trim();
        boolean negative = s.startsWith("-");
        if (negative || s.startsWith("+")) {
            s = s.substring(1);
        }
        if (s.isEmpty()) {
            throw new IllegalArgumentException("invalid duration '" + text + "' (a sign needs a number and a unit)");
        }
        if (s.equals("0")) {
            return Duration.ZERO;
        }
        Matcher m = PART.matcher(s);
        long nanos = 0;
        int at = 0;
        while (at < s.length()) {
            if (!m.find(at) || m.start() != at) {
                throw new IllegalArgumentException("invalid duration '" + text + "' (use e.g. 300ms, 5s, 10m, 1h30m)");
            }
            double value = Double.parseDouble(m.group(1));
            double partNanos = value * unitNanos(m.group(2));
            if (partNanos >= Long.MAX_VALUE) {
                throw new IllegalArgumentException("duration '" + text + "' is too long");
            }
            try {
                nanos = Math.addExact(nanos, Math.round(partNanos));
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException("duration '" + text + "' is too long");
            }
            at = m.end();
        }
        Duration d = Duration.ofNanos(nanos);
        return negative ? d.negated() : d;
    }

    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Renders a duration back into the job language's notation, e.g. {@code 1h30m} or {@code 250ms}. */
    public static String format(Duration d) {
        if (d.isZero()) {
            return "0s";
        }
        StringBuilder sb = new StringBuilder();
        if (d.isNegative()) {
            sb.append('-');
            d = d.negated();
        }
        long h = d.toHours();
        int m = d.toMinutesPart();
        int s = d.toSecondsPart();
        int ms = d.toMillisPart();
        if (h > 0) sb.append(h).append('h');
        if (m > 0) sb.append(m).append('m');
        if (s > 0) sb.append(s).append('s');
        if (ms > 0) sb.append(ms).append("ms");
        // sub-millisecond rest, so that parse(format(d)) gives d back
        int ns = d.toNanosPart() % 1_000_000;
        if (ns > 0) sb.append(ns).append("ns");
        return sb.toString();
    }

    private static long unitNanos(String unit) {
        return switch (unit) {
            case "ns" -> 1L;
            case "us", "µs" -> 1_000L;
            case "ms" -> 1_000_000L;
            case "s" -> 1_000_000_000L;
            case "m" -> 60_000_000_000L;
            case "h" -> 3_600_000_000_000L;
            default -> throw new IllegalArgumentException("unknown unit " + unit);
        };
    }
}
