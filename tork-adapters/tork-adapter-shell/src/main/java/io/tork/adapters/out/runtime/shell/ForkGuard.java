package io.tork.adapters.out.runtime.shell;

import java.io.IOException;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Keeps scripts from being written while this process starts another one. A process starting copies every open
 * file of this process for a moment, among them a script another task is still writing; should that task run its
 * script in that moment, the kernel refuses ("Text file busy", 1 run in about 1,000 when many run at once). Scripts
 * are written one at a time, and processes start only while none is being written.
 */
final class ForkGuard {
    private static final ReadWriteLock LOCK = new ReentrantReadWriteLock();

    private ForkGuard() {
    }

    /** Something that writes files. */
    @FunctionalInterface
    interface Writing {
        void run() throws IOException;
    }

    /** Something that starts a process. */
    @FunctionalInterface
    interface Starting<T> {
        T start() throws IOException;
    }

    static void write(Writing writing) throws IOException {
        LOCK.writeLock().lock();
        try {
            writing.run();
        } finally {
            LOCK.writeLock().unlock();
        }
    }

    static <T> T start(Starting<T> starting) throws IOException {
        LOCK.readLock().lock();
        try {
            return starting.start();
        } finally {
            LOCK.readLock().unlock();
        }
    }
}
