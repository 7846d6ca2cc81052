package io.tork.app.config;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sizes as operators write them: {@code 500K}, {@code 10M}, {@code 1G}, {@code 2048} (bytes); units are powers of 1024. */
final class ByteSizes {
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([KMGT]?)B?");

    private ByteSizes() {
    }

    /** @throws IllegalArgumentException when the text is not a size */
    static long parse(String text) {
        Matcher m = SIZE.matcher(text.trim().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("not a size: " + text);
        }
        long amount = Long.parseLong(m.group(1));
        int shift = switch (m.group(2)) {
            case "K" -> 10;
            case "M" -> 20;
            case "G" -> 30;
            case "T" -> 40;
            default -> 0;
        };
        if (amount > (Long.MAX_VALUE >> shift)) {
            throw new IllegalArgumentException("size too large: " + text);
        }
        return amount << shift;
    }
}
