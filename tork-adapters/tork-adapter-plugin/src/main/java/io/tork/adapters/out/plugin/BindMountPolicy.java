package io.tork.adapters.out.plugin;

import java.util.List;

/**
 * The operator's rule for {@code bind} mounts ({@code mounts.bind.allowed}, {@code mounts.bind.sources}), applied by
 * the engine before a plugin runtime sees a task, so that every plugin enforces it the same way.
 *
 * @param allowed whether tasks may bind host directories at all
 * @param sources the host paths a bind may use, matched exactly; empty allows any path
 */
public record BindMountPolicy(boolean allowed, List<String> sources) {
    public BindMountPolicy {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** No bind mounts at all: the default. */
    public static BindMountPolicy none() {
        return new BindMountPolicy(false, List.of());
    }
}
