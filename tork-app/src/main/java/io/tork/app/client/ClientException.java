package io.tork.app.client;

/**
 * A client command could not do what was asked: the API is unreachable, refused the request or answered
 * something unexpected. The message is shown to the user as is.
 */
public final class ClientException extends RuntimeException {
    private final int status;

    public ClientException(String message, int status, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    public ClientException(String message, int status) {
        this(message, status, null);
    }

    /** The HTTP status the API answered, or 0 when it could not be reached. */
    public int status() {
        return status;
    }

    public boolean isNotFound() {
        return status == 404;
    }
}
