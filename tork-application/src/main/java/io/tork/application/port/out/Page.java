package io.tork.application.port.out;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a longer list. {@code number} is 1-based, {@code size} is how many items this page holds and
 * {@code totalPages} is computed from the requested page size.
 */
public record Page<T>(List<T> items, int number, int size, int totalPages, long totalItems) {
    public Page {
        items = List.copyOf(items);
    }

    /** Cuts page {@code number} (1-based) of {@code pageSize} out of a full, already ordered list. */
    public static <T> Page<T> slice(List<T> all, int number, int pageSize) {
        int from = Math.min(all.size(), (number - 1) * pageSize);
        int to = Math.min(all.size(), from + pageSize);
        List<T> items = all.subList(from, to);
        int pages = (int) Math.ceil(all.size() / (double) pageSize);
        return new Page<>(items, number, items.size(), pages, all.size());
    }

    public <R> Page<R> map(Function<T, R> f) {
        return new Page<>(items.stream().map(f).toList(), number, size, totalPages, totalItems);
    }
}
