package io.tork.adapters.in.web.error;

import io.tork.domain.validation.Violation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A request the API refuses, with the HTTP status to answer and, for bad documents, what is wrong where. */
public class ApiException extends RuntimeException {
    private final int status;
    private final List<Violation> violations;
    private final Map<String, String> headers = new LinkedHashMap<>();

    public ApiException(int status, String message, List<Violation> violations) {
        super(message, null, false, false);
        this.status = status;
        this.violations = List.copyOf(violations);
    }

    public ApiException(int status, String message) {
        this(status, message, List.of());
    }

    public static ApiException badRequest(String message) {
        return new ApiException(400, message);
    }

    public static ApiException notFound(String message) {
        return new ApiException(404, message);
    }

    public int status() {
        return status;
    }

    public List<Violation> violations() {
        return violations;
    }

    /** Adds a header the answer must carry ({@code WWW-Authenticate} with a 401, {@code Retry-After} with a 429). */
    public ApiException withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public Map<String, String> headers() {
        return Map.copyOf(headers);
    }
}
