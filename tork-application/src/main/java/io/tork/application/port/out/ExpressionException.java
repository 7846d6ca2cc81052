package io.tork.application.port.out;

/** An expression that does not parse or fails to evaluate; the message names the expression. */
public class ExpressionException extends Exception {
    public ExpressionException(String message) {
        super(message);
    }

    public ExpressionException(String message, Throwable cause) {
        super(message, cause);
    }
}
