package io.tork.adapters.out.runtime.docker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The options of the mount a host path lies on, from {@code /proc/self/mountinfo} (Linux). Docker keeps a bind
 * mount's {@code noexec}: a {@code /tork} made on such a filesystem could not run the task's script.
 */
final class MountOptions {
    private static final Path MOUNT_INFO = Path.of("/proc/self/mountinfo");

    private MountOptions() {
    }

    /** Whether {@code path} (a real path) lies on a {@code noexec} mount; false when that cannot be told. */
    static boolean isNoExec(Path path) {
        try {
            return isNoExec(path, Files.readAllLines(MOUNT_INFO));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** @param mountInfo lines in the format of {@code /proc/self/mountinfo} */
    static boolean isNoExec(Path path, List<String> mountInfo) {
        Path bestMountPoint = null;
        boolean noExec = false;
        for (String line : mountInfo) {
            // id parent major:minor root mount-point mount-options ...
            String[] fields = line.split(" ");
            if (fields.length < 6) {
                continue;
            }
            Path mountPoint = Path.of(unescape(fields[4]));
            // Later lines are mounted over earlier ones at the same point: the last match wins.
            if (path.startsWith(mountPoint)
                    && (bestMountPoint == null || mountPoint.getNameCount() >= bestMountPoint.getNameCount())) {
                bestMountPoint = mountPoint;
                noExec = List.of(fields[5].split(",")).contains("noexec");
            }
        }
        return noExec;
    }

    /** mountinfo writes space, tab, newline and backslash as octal escapes ({@code \040}). */
    private static String unescape(String field) {
        StringBuilder text = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\\' && isOctal(field, i + 1)) {
                text.append((char) Integer.parseInt(field.substring(i + 1, i + 4), 8));
                i += 3;
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }

    private static boolean isOctal(String field, int from) {
        if (from + 3 > field.length()) {
            return false;
        }
        for (int i = from; i < from + 3; i++) {
            if (field.charAt(i) < '0' || field.charAt(i) > '7') {
                return false;
            }
        }
        return true;
    }
}
