package io.tork.app.config;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The shell runtime's settings.
 *
 * @param cmd the command that runs a task's script, the script being appended as last argument:
 *            {@code runtime.shell.cmd} (default {@code ["bash", "-c"]})
 * @param uid the user id tasks run as ({@code runtime.shell.uid}; absent or {@code -}: this process's user)
 * @param gid the group id tasks run as ({@code runtime.shell.gid}; absent or {@code -}: this process's group)
 */
public record ShellRuntimeConfig(List<String> cmd, Optional<Integer> uid, Optional<Integer> gid) {
    public ShellRuntimeConfig {
        cmd = List.copyOf(cmd);
        if (cmd.isEmpty()) {
            throw new IllegalArgumentException("runtime.shell.cmd must not be empty");
        }
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(gid, "gid");
    }
}
