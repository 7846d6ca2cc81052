package io.tork.adapters.out.datastore.inmemory;

import io.tork.application.port.out.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Cuts pages out of already ordered data without copying all of it. Page numbers below 1 and sizes below 1 are
 * read as 1, so a bad request gets a page rather than an exception from deep inside the store.
 */
final class Paging {
    private final int number;
    private final int size;

    private Paging(int number, int size) {
        this.number = Math.max(1, number);
        this.size = Math.max(1, size);
    }

    static Paging of(int number, int size) {
        return new Paging(number, size);
    }

    /** Index of the first item of the page in the whole ordered sequence. */
    long offset() {
        return (long) (number - 1) * size;
    }

    int size() {
        return size;
    }

    /** The page of the items of {@code ordered} that pass {@code filter}; walks the whole sequence to count them. */
    <T> Page<T> filter(Iterable<T> ordered, Predicate<? super T> filter) {
        List<T> items = new ArrayList<>();
        long matched = 0;
        long from = offset();
        for (T item : ordered) {
            if (filter.test(item)) {
                if (matched >= from && items.size() < size) {
                    items.add(item);
                }
                matched++;
            }
        }
        return page(items, matched);
    }

    /** The page, given its items and how many items there are in all. */
    <T> Page<T> page(List<T> items, long totalItems) {
        int totalPages = (int) ((totalItems + size - 1) / size);
        return new Page<>(items, number, items.size(), totalPages, totalItems);
    }
}
