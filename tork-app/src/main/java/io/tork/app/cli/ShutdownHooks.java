package io.tork.app.cli;

/** Where the CLI registers what must run when the process is asked to stop (SIGTERM, SIGINT). */
public interface ShutdownHooks {

    void add(Thread hook);

    /** Removes a hook that is no longer needed; does nothing once the process is already shutting down. */
    void remove(Thread hook);

    /** The JVM's shutdown hooks. */
    static ShutdownHooks jvm() {
        return new ShutdownHooks() {
            @Override
            public void add(Thread hook) {
                Runtime.getRuntime().addShutdownHook(hook);
            }

            @Override
            public void remove(Thread hook) {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // The hook is running or about to: it is still needed.
                }
            }
        };
    }
}
