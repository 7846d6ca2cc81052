package io.tork.domain.spec;

/** Credentials for pulling a task's image from a private registry. */
public record Registry(String username, String password) {
}
