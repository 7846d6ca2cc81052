package io.tork.domain.validation;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The runtimes a task may pick with its {@code runtime} field, the one that runs tasks that pick none, and which of
 * them need an {@code image} (container runtimes do, the shell runtime does not).
 *
 * @param defaultName   the runtime of tasks without a {@code runtime} field ({@code runtime.type})
 * @param names         every runtime name a task may use; empty means names are not checked (a process that does
 *                      not know its workers' runtimes)
 * @param needingImage  the runtimes whose tasks must name an image
 */
public record KnownRuntimes(String defaultName, Set<String> names, Set<String> needingImage) {

    public KnownRuntimes {
        Objects.requireNonNull(defaultName, "defaultName");
        names = Set.copyOf(names);
        needingImage = Set.copyOf(needingImage);
    }

    /**
     * Runtime names are not checked; every task needs an image when {@code imageRequired}: for callers that know
     * only whether the default runtime is a container runtime.
     */
    public static KnownRuntimes unchecked(boolean imageRequired) {
        String unnamed = "";
        return new KnownRuntimes(unnamed, Set.of(), imageRequired ? Set.of(unnamed) : Set.of());
    }

    /** Whether a task may name {@code name} in its {@code runtime} field. */
    public boolean isKnown(String name) {
        return names.isEmpty() || names.contains(name);
    }

    /** Whether tasks run by {@code name} (the default runtime when {@code null}) must name an image. */
    public boolean requiresImage(String name) {
        if (name == null) return needingImage.contains(defaultName);
        return names.isEmpty() ? needingImage.contains(defaultName) : needingImage.contains(name);
    }

    /** The known names, sorted and comma-separated, for error messages. */
    String describe() {
        return String.join(", ", new TreeSet<>(names));
    }
}
