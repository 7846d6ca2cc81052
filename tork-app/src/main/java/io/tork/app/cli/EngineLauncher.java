package io.tork.app.cli;

import io.tork.app.config.TorkConfig;

/**
 * Starts the engine in one mode ({@code tork run <mode>}). Implemented by the wiring; the CLI only calls it.
 */
@FunctionalInterface
public interface EngineLauncher {

    /**
     * Builds and starts every component the mode needs, and returns once the engine serves (for example once the
     * REST API listens). When starting fails, whatever was already started must be stopped before this throws, so
     * that no half-working process remains.
     *
     * @param config the validated configuration
     * @return the running engine
     * @throws Exception when the engine cannot start; the message is shown to the operator as one line, so it should
     *                   say what failed (for example {@code cannot listen on localhost:8000: address in use})
     */
    RunningEngine start(TorkConfig config) throws Exception;
}
