package io.tork.domain.validation;

import java.util.ArrayList;
import java.util.List;

/** Collects every violation of a document instead of stopping at the first. */
public final class Violations {
    private final List<Violation> found = new ArrayList<>();

    public void add(String field, String message) {
        found.add(new Violation(field, message));
    }

    public void addAll(List<Violation> more) {
        found.addAll(more);
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<Violation> list() {
        return List.copyOf(found);
    }

    static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }
}
