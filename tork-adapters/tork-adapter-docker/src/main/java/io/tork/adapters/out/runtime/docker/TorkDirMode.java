package io.tork.adapters.out.runtime.docker;

/** What backs the {@code /tork} directory of each container (its script, files, output and progress). */
public enum TorkDirMode {
    /**
     * A host directory when a probe at the first task shows that the daemon sees the worker's directories and that
     * the worker can remove whatever a container leaves in them; Docker volumes until then, and otherwise.
     */
    AUTO,
    /** A fresh Docker volume per container, filled and read through the daemon: works with remote daemons too. */
    VOLUME,
    /** A fresh host directory per container, bind-mounted: the daemon must share the worker's filesystem. */
    BIND
}
