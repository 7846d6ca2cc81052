package io.tork.application.port.in;

import io.tork.domain.validation.Violation;
import java.util.List;

/** The request cannot be accepted as it is; {@code violations} lists every reason, each naming its field. */
public class InvalidRequestException extends RuntimeException {
    private final List<Violation> violations;

    public InvalidRequestException(String message, List<Violation> violations) {
        super(message);
        this.violations = List.copyOf(violations);
    }

    public InvalidRequestException(String message) {
        this(message, List.of());
    }

    public static InvalidRequestException of(List<Violation> violations) {
        String summary = violations.size() == 1 ? violations.getFirst().toString()
                : "the document has " + violations.size() + " problems: " + String.join("; ",
                violations.stream().map(Violation::toString).toList());
        return new InvalidRequestException(summary, violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
