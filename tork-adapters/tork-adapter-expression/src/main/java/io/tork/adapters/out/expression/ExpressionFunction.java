package io.tork.adapters.out.expression;

import java.util.List;

/**
 * The body of a function callable from expressions. It receives the evaluated arguments (lists and maps as
 * {@link java.util.List} and {@link java.util.Map}, numbers as {@link Number}) and returns a value of the same
 * kinds. Bad arguments are reported by throwing {@link FunctionArgumentException} (or any
 * {@link IllegalArgumentException}) with a short message; the catalogue prefixes it with the function's name.
 */
@FunctionalInterface
public interface ExpressionFunction {
    Object call(List<Object> arguments);
}
