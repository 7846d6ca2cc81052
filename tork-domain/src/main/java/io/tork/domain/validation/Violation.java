package io.tork.domain.validation;

/** One thing wrong with a submitted document: where ({@code tasks[0].name}) and what ({@code is required}). */
public record Violation(String field, String message) {
    @Override
    public String toString() {
        return field.isEmpty() ? message : field + ": " + message;
    }
}
