package io.tork.adapters.in.web.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.tork.application.port.out.Page;
import java.util.List;
import java.util.function.Function;

/** The pagination envelope (reference §1.2); every field always present. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PageView<T>(List<T> items, int number, int size, int totalPages, long totalItems) {
    public static <A, T> PageView<T> of(Page<A> page, Function<A, T> view) {
        return new PageView<>(page.items().stream().map(view).toList(), page.number(), page.size(),
                page.totalPages(), page.totalItems());
    }
}
