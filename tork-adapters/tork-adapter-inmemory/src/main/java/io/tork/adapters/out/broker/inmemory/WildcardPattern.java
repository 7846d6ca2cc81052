package io.tork.adapters.out.broker.inmemory;

import java.util.Objects;

/**
 * An event topic pattern where {@code *} stands for any run of characters, dots included ({@code job.*} matches
 * {@code job.completed} and {@code job.a.b}); every other character matches only itself.
 */
final class WildcardPattern {
    private final String pattern;

    WildcardPattern(String pattern) {
        this.pattern = Objects.requireNonNull(pattern, "pattern");
    }

    /**
     * Greedy matching that backtracks only to the last star seen: linear for typical patterns, never worse
     * than pattern length × text length, and no regular expression to escape.
     */
    boolean matches(String text) {
        int p = 0;
        int t = 0;
        int lastStar = -1;
        int textAtLastStar = 0;
        while (t < text.length()) {
            if (p < pattern.length() && pattern.charAt(p) == '*') {
                lastStar = p++;
                textAtLastStar = t;
            } else if (p < pattern.length() && pattern.charAt(p) == text.charAt(t)) {
                p++;
                t++;
            } else if (lastStar >= 0) {
                p = lastStar + 1;
                t = ++textAtLastStar;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }

    @Override
    public String toString() {
        return pattern;
    }
}
