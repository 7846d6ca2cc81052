package io.tork.domain.spec;

/** Who may see a job: exactly one of a user name or a role slug. */
public record Permission(String user, String role) {
}
