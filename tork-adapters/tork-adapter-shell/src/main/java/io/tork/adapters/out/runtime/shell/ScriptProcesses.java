package io.tork.adapters.out.runtime.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Every process a script started, so none outlives the task. A process is found either as a descendant of the
 * script's shell or, on Linux, by its environment holding the script's own {@code TORK_OUTPUT} (unique per
 * run): the second way also finds background processes whose parent has exited and which therefore are no
 * longer anyone's descendants.
 */
final class ScriptProcesses {
    private static final Path PROC = Path.of("/proc");
    private static final int KILL_ROUNDS = 5;

    private final Process shell;
    private final byte[] marker;

    ScriptProcesses(Process shell, String markerVariable, String markerValue) {
        this.shell = shell;
        this.marker = (markerVariable + "=" + markerValue + "\0").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Kills the shell and every process it started, children first so they cannot be re-parented out of
     * sight. Repeats a few times because a script may fork while it is being killed.
     */
    void killAll() {
        for (int round = 0; round < KILL_ROUNDS; round++) {
            Set<ProcessHandle> found = find();
            if (found.isEmpty()) break;
            found.forEach(ProcessHandle::destroyForcibly);
        }
        shell.destroyForcibly();
    }

    private Set<ProcessHandle> find() {
        Set<ProcessHandle> found = new LinkedHashSet<>();
        shell.descendants().filter(ProcessHandle::isAlive).forEach(found::add);
        found.addAll(carryingMarker());
        return found;
    }

    private Set<ProcessHandle> carryingMarker() {
        Set<ProcessHandle> found = new LinkedHashSet<>();
        if (!Files.isDirectory(PROC)) return found;
        long self = ProcessHandle.current().pid();
        try (Stream<Path> entries = Files.list(PROC)) {
            entries.map(path -> path.getFileName().toString())
                    .filter(name -> name.chars().allMatch(Character::isDigit))
                    .mapToLong(Long::parseLong)
                    .filter(pid -> pid != self && environmentHasMarker(pid))
                    .forEach(pid -> ProcessHandle.of(pid).filter(ProcessHandle::isAlive).ifPresent(found::add));
        } catch (IOException | RuntimeException unreadable) {
            // /proc vanished or is restricted: the descendants are all we can find.
        }
        return found;
    }

    private boolean environmentHasMarker(long pid) {
        try {
            byte[] environment = Files.readAllBytes(PROC.resolve(Long.toString(pid)).resolve("environ"));
            return containsEntry(environment);
        } catch (IOException | SecurityException unreadable) {
            return false; // gone already, or another user's process
        }
    }

    private boolean containsEntry(byte[] environment) {
        outer:
        for (int start = 0; start + marker.length <= environment.length; start++) {
            if (start > 0 && environment[start - 1] != 0) continue;
            for (int i = 0; i < marker.length; i++) {
                if (environment[start + i] != marker[i]) continue outer;
            }
            return true;
        }
        return false;
    }
}
