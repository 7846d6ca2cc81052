package io.tork.adapters.in.web.view;

import io.tork.domain.validation.Violation;
import java.util.List;

/** {@code {"message": …}}, plus one entry per problem when a document was refused. */
public record ErrorView(String message, List<FieldError> errors) {
    public static ErrorView of(String message, List<Violation> violations) {
        return new ErrorView(message, violations.stream().map(v -> new FieldError(v.field(), v.message())).toList());
    }

    public static ErrorView of(String message) {
        return new ErrorView(message, List.of());
    }

    public record FieldError(String field, String message) {
    }
}
