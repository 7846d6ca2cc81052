package io.tork.adapters.in.web.view;

import io.tork.domain.validation.Violation;
import java.util.List;
import java.util.function.Function;

/**
 * {@code {"message": …}}, plus one entry per problem when a document was refused. An entry names the line of the
 * submitted document where its field is written ({@code line}, from 1), when that is known.
 */
public record ErrorView(String message, List<FieldError> errors) {
    public static ErrorView of(String message, List<Violation> violations) {
        return of(message, violations, field -> null);
    }

    /** @param lineOf the line of a field's path in the submitted document, or null when unknown */
    public static ErrorView of(String message, List<Violation> violations, Function<String, Integer> lineOf) {
        return new ErrorView(message, violations.stream()
                .map(v -> new FieldError(v.field(), v.message(), v.field() == null ? null : lineOf.apply(v.field())))
                .toList());
    }

    public static ErrorView of(String message) {
        return new ErrorView(message, List.of());
    }

    public record FieldError(String field, String message, Integer line) {
    }
}
