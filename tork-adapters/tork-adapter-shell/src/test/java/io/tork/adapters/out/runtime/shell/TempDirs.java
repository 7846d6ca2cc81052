package io.tork.adapters.out.runtime.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The task directories in {@code java.io.tmpdir} (this module's tests point it at {@code target/}, so other
 * builds running at the same time cannot disturb the count).
 */
final class TempDirs {
    /** Where Files.createTempDirectory puts directories, found the way it does it (it caches the property). */
    private static final Path TEMP_ROOT = probeTempRoot();

    private final Set<Path> before;

    private TempDirs(Set<Path> before) {
        this.before = before;
    }

    static TempDirs snapshot() {
        return new TempDirs(current());
    }

    Set<Path> createdSince() {
        Set<Path> now = new HashSet<>(current());
        now.removeAll(before);
        return now;
    }

    private static Path probeTempRoot() {
        try {
            Path probe = Files.createTempDirectory("probe-");
            Files.delete(probe);
            return probe.getParent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<Path> current() {
        try (Stream<Path> entries = Files.list(TEMP_ROOT)) {
            return entries.filter(p -> p.getFileName().toString().startsWith(TaskDirectory.PREFIX))
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
