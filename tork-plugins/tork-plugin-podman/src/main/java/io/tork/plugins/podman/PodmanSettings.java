package io.tork.plugins.podman;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The operator's settings of the Podman runtime ({@code runtime.podman.<key>}).
 *
 * @param command   {@code command}: how to invoke Podman, comma-separated (default {@code podman}; e.g.
 *                  {@code podman,--cgroup-manager=cgroupfs} to add global options)
 * @param ulimits   {@code ulimits}: the limits every container gets, comma-separated {@code name=soft:hard} (default
 *                  {@code nofile=1024:1024,nproc=1024:1024}: Podman's own defaults are higher than an unprivileged
 *                  host allows, and containers then fail to start with "error setting rlimits")
 * @param pidsLimit {@code pids.limit}: the most processes a container may have (default 1024; 0 removes the limit)
 */
public record PodmanSettings(List<String> command, List<String> ulimits, long pidsLimit) {
    /** Docker's default capability set, the one the Docker runtime keeps: common images need it. */
    static final List<String> CAPABILITIES = List.of(
            "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "SETGID", "SETUID", "SETPCAP",
            "NET_BIND_SERVICE", "NET_RAW", "SYS_CHROOT", "MKNOD", "AUDIT_WRITE", "SETFCAP");

    private static final Set<String> KEYS = Set.of("command", "ulimits", "pids.limit");
    private static final Pattern ULIMIT = Pattern.compile("[a-z]+=-?\\d+(:-?\\d+)?");

    public PodmanSettings {
        command = List.copyOf(command);
        ulimits = List.copyOf(ulimits);
        if (command.isEmpty()) {
            throw new IllegalArgumentException("runtime.podman.command must name the podman program");
        }
        for (String ulimit : ulimits) {
            if (!ULIMIT.matcher(ulimit).matches()) {
                throw new IllegalArgumentException("runtime.podman.ulimits: '" + ulimit
                        + "' is not name=soft:hard (e.g. nofile=1024:1024)");
            }
        }
        if (pidsLimit < 0) {
            throw new IllegalArgumentException("runtime.podman.pids.limit must be 0 or more, was " + pidsLimit);
        }
    }

    static PodmanSettings defaults() {
        return new PodmanSettings(List.of("podman"), List.of("nofile=1024:1024", "nproc=1024:1024"), 1024);
    }

    /** Reads the keys under {@code runtime.podman.}; an unknown key is refused, naming the ones that exist. */
    static PodmanSettings from(Map<String, String> settings) {
        Set<String> unknown = new TreeSet<>(settings.keySet());
        unknown.removeAll(KEYS);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown setting runtime.podman." + unknown.iterator().next()
                    + " (known: " + String.join(", ", new TreeSet<>(KEYS)) + ")");
        }
        PodmanSettings defaults = defaults();
        List<String> command = settings.containsKey("command") ? items(settings.get("command")) : defaults.command();
        List<String> ulimits = settings.containsKey("ulimits") ? items(settings.get("ulimits")) : defaults.ulimits();
        long pidsLimit = defaults.pidsLimit();
        if (settings.containsKey("pids.limit")) {
            try {
                pidsLimit = Long.parseLong(settings.get("pids.limit").strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("runtime.podman.pids.limit must be a whole number, was '"
                        + settings.get("pids.limit") + "'");
            }
        }
        return new PodmanSettings(command, ulimits, pidsLimit);
    }

    private static List<String> items(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(item -> !item.isEmpty()).toList();
    }
}
