package io.tork.application.port.out;

/** A task run that failed: non-zero exit, image pull failure, bad mount… The message is shown to the user. */
public class RuntimeFailure extends Exception {
    public RuntimeFailure(String message) {
        super(message);
    }

    public RuntimeFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
