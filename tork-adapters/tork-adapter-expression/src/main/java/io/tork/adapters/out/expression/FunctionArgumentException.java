package io.tork.adapters.out.expression;

/** A function was called with arguments it cannot work with; the message says what was expected. */
public class FunctionArgumentException extends IllegalArgumentException {
    public FunctionArgumentException(String message) {
        super(message);
    }
}
