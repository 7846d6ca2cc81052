package io.tork.domain.common;

/** A state change that the state machine does not allow, e.g. completing a cancelled task. */
public class IllegalTransitionException extends IllegalStateException {
    public IllegalTransitionException(String message) {
        super(message);
    }
}
