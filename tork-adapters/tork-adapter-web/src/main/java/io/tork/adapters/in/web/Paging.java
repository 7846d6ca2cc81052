package io.tork.adapters.in.web;

import io.tork.adapters.in.web.error.ApiException;

/**
 * The {@code page} and {@code size} query parameters: page 1 by default and never below 1, size clamped to the
 * endpoint's range. Text that is not a whole number is a 400 (the reference's 404 was a quirk, SPEC §4).
 */
record Paging(int page, int size) {
    static final Paging.Range JOBS = new Range(10, 20);
    static final Paging.Range LOGS = new Range(25, 100);

    record Range(int defaultSize, int maxSize) {
    }

    static Paging parse(String page, String size, Range range) {
        int p = parseOr(page, 1, "invalid page number: ");
        int s = parseOr(size, range.defaultSize(), "invalid size: ");
        return new Paging(Math.max(1, p), Math.clamp(s, 1, range.maxSize()));
    }

    private static int parseOr(String text, int fallback, String errorPrefix) {
        if (text == null || text.isBlank()) return fallback;
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(errorPrefix + text);
        }
    }
}
