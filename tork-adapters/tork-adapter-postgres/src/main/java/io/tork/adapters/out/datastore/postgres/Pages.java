package io.tork.adapters.out.datastore.postgres;

import io.tork.application.port.out.Page;
import java.util.List;

/** Page arithmetic shared by the stores: 1-based page numbers, at least one item per page. */
record Pages(int number, int size) {
    Pages {
        number = Math.max(1, number);
        size = Math.max(1, size);
    }

    int offset() {
        return (number - 1) * size;
    }

    <T> Page<T> of(List<T> items, long totalItems) {
        int totalPages = (int) ((totalItems + size - 1) / size);
        return new Page<>(items, number, items.size(), totalPages, totalItems);
    }
}
