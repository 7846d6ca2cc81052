package io.tork.adapters.out.runtime.shell;

import java.util.List;
import java.util.Objects;

/**
 * How the shell runtime starts scripts.
 *
 * @param shell the command the script's path is appended to. Defaults to {@code ["sh", "-c"]}, unlike the
 *              reference's {@code ["bash", "-c"]}, because {@code sh} exists on every host while bash does not;
 *              operators who want bash configure it.
 * @param uid   the user the script runs as, or {@code null} to keep the worker's own; needs {@code setpriv}
 *              (util-linux) and a worker allowed to switch users (root)
 * @param gid   the group the script runs as, or {@code null} to keep the worker's own
 */
public record ShellRuntimeConfig(List<String> shell, Integer uid, Integer gid) {

    public static final List<String> DEFAULT_SHELL = List.of("sh", "-c");

    public ShellRuntimeConfig {
        shell = shell == null || shell.isEmpty() ? DEFAULT_SHELL : List.copyOf(shell);
        shell.forEach(part -> Objects.requireNonNull(part, "shell command parts must not be null"));
        requireNonNegative("uid", uid);
        requireNonNegative("gid", gid);
    }

    public static ShellRuntimeConfig defaults() {
        return new ShellRuntimeConfig(DEFAULT_SHELL, null, null);
    }

    public ShellRuntimeConfig withUser(Integer newUid, Integer newGid) {
        return new ShellRuntimeConfig(shell, newUid, newGid);
    }

    /** Whether scripts run as another user or group than the worker. */
    public boolean switchesUser() {
        return uid != null || gid != null;
    }

    private static void requireNonNegative(String name, Integer id) {
        if (id != null && id < 0) {
            throw new IllegalArgumentException("runtime.shell." + name + " must not be negative: " + id);
        }
    }
}
