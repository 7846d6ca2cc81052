package io.tork.app.config;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How workers run tasks by default ({@code runtime.type}): a built-in runtime or one a plugin provides. Whether a
 * plugin provides it is known only once the plugins are loaded, so the configuration checks the spelling only.
 *
 * @param configName the runtime's name, lower-case
 */
public record RuntimeType(String configName) {
    // declared before the constants, which the pattern checks while the class initialises
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

    /** A Docker container per task. */
    public static final RuntimeType DOCKER = new RuntimeType("docker");
    /** A host process per task. */
    public static final RuntimeType SHELL = new RuntimeType("shell");

    public RuntimeType {
        Objects.requireNonNull(configName, "configName");
        if (!NAME.matcher(configName).matches()) {
            throw new IllegalArgumentException("not a runtime name: " + configName);
        }
    }

    /** Reads an operator's spelling ({@code " Docker "} is {@code docker}). */
    public static RuntimeType parse(String text) {
        return new RuntimeType(text.trim().toLowerCase(Locale.ROOT));
    }

    /** Whether the engine itself provides this runtime (rather than a plugin). */
    public boolean isBuiltIn() {
        return equals(DOCKER) || equals(SHELL);
    }

    @Override
    public String toString() {
        return configName;
    }
}
