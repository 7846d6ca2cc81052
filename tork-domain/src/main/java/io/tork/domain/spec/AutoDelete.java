package io.tork.domain.spec;

/** Delete a finished job this long after it completed. */
public record AutoDelete(String after) {
}
