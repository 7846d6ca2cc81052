package io.tork.app.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The modes {@code tork run} offers. */
public enum RunMode {
    /** Coordinator and worker in one process. */
    STANDALONE,
    /** REST API and job lifecycle, no worker. */
    COORDINATOR,
    /** Runs tasks taken from the broker; no API, no datastore. */
    WORKER,
    /** Only the embedded Artemis broker that coordinators and workers on other machines connect to. */
    BROKER;

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
