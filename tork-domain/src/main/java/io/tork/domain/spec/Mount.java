package io.tork.domain.spec;

import java.util.Map;

/** A file system mounted into a task's containers. {@code type} is volume, bind or tmpfs (runtimes may add more). */
public record Mount(String type, String source, String target, Map<String, String> opts) {
    public static final String VOLUME = "volume";
    public static final String BIND = "bind";
    public static final String TMPFS = "tmpfs";

    public Mount {
        opts = io.tork.domain.common.Collections2.mapOrNull(opts);
    }

    public static Mount volume(String target) {
        return new Mount(VOLUME, null, target, null);
    }

    public Mount withSource(String newSource) {
        return new Mount(type, newSource, target, opts);
    }
}
