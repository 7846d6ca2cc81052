package io.tork.app.cli;

/** An engine started by an {@link EngineLauncher}. */
public interface RunningEngine {

    /** Blocks until the engine has stopped, whether through {@link #stop()} or on its own. */
    void awaitTermination() throws InterruptedException;

    /**
     * Stops the engine gracefully and returns when it has stopped: stop accepting work, let components finish or
     * hand back what they hold, release every resource. Called from a JVM shutdown hook on SIGTERM/SIGINT, so it may
     * run on any thread; calling it again, or after the engine stopped on its own, does nothing.
     */
    void stop();
}
