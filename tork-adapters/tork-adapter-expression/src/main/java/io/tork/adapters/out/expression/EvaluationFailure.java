package io.tork.adapters.out.expression;

/**
 * A failure with a message fit for users (no Java class names), raised while JEXL evaluates, for example by a
 * function or an out-of-range index. It travels through JEXL's own exceptions and is found again in their causes.
 */
final class EvaluationFailure extends RuntimeException {
    EvaluationFailure(String message) {
        super(message, null, false, false);
    }
}
