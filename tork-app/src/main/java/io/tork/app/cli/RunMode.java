package io.tork.app.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The modes {@code tork run} offers. {@code coordinator} and {@code worker} arrive with distributed mode. */
public enum RunMode {
    /** Coordinator and worker in one process. */
    STANDALONE;

    public String modeName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<RunMode> find(String name) {
        return Arrays.stream(values()).filter(mode -> mode.modeName().equalsIgnoreCase(name.trim())).findFirst();
    }

    static String allowed() {
        return Arrays.stream(values()).map(RunMode::modeName).collect(Collectors.joining(", "));
    }
}
