package io.tork.app.cli;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps hooks instead of giving them to the JVM, so a test can play the role of SIGTERM. */
final class RecordingShutdownHooks implements ShutdownHooks {
    final List<Thread> registered = new CopyOnWriteArrayList<>();
    final List<Thread> removed = new CopyOnWriteArrayList<>();

    @Override
    public void add(Thread hook) {
        registered.add(hook);
    }

    @Override
    public void remove(Thread hook) {
        removed.add(hook);
    }
}
