package io.tork.adapters.out.plugin;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The engine's version as plugins' {@code Plugin-Requires} constraints are checked against it. */
final class EngineVersion {
    /** PF4J skips the check for this version. */
    static final String UNCHECKED = "0.0.0";
    private static final Pattern RELEASE = Pattern.compile("^(\\d+\\.\\d+\\.\\d+)");

    private EngineVersion() {
    }

    /**
     * {@code 0.1.0-SNAPSHOT} is checked as {@code 0.1.0}: a development build of 0.1.0 should run the plugins written
     * for 0.1.0, while semantic versioning would rank it below them.
     */
    static String forCompatibility(String version) {
        Matcher release = version == null ? null : RELEASE.matcher(version.trim());
        return release != null && release.find() ? release.group(1) : UNCHECKED;
    }
}
