package io.tork.app.wiring;

import io.tork.app.cli.EngineLauncher;

/** The launchers of {@code tork run <mode>}. */
public final class Engines {
    private Engines() {
    }

    /** Coordinator and worker in one process. */
    public static EngineLauncher standalone() {
        return StandaloneEngine::start;
    }
}
