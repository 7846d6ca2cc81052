package io.tork.plugin.api;

import java.util.Map;
import java.util.Objects;

/**
 * A file system mounted into the task.
 *
 * @param type   {@code volume} (a fresh, empty volume created for the task and removed afterwards), {@code bind}
 *               (a host directory; the engine has already checked it is allowed) or {@code tmpfs}; runtimes may
 *               accept more and must reject types they do not support
 * @param source the host path for {@code bind}, the volume name for {@code volume} when the engine chose one;
 *               {@code null} otherwise
 * @param target the absolute path inside the task where it appears; never {@code null}
 * @param opts   type-specific options (for example {@code size} for {@code tmpfs}); never {@code null}
 */
public record MountSpec(String type, String source, String target, Map<String, String> opts) {

    /** Checks the required fields and takes an immutable copy of the options. */
    public MountSpec {
        type = requireText(type, "type");
        target = requireText(target, "target");
        opts = opts == null ? Map.of() : Map.copyOf(opts);
    }

    private static String requireText(String value, String field) {
        Objects.requireNonNull(value, () -> "mount " + field + " is required");
        if (value.isBlank()) {
            throw new IllegalArgumentException("mount " + field + " is required");
        }
        return value;
    }
}
