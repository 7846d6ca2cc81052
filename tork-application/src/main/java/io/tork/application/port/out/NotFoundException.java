package io.tork.application.port.out;

/** The thing asked for does not exist ({@code job not found}, {@code task not found}). */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
