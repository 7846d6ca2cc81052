package io.tork.adapters.out.datastore.inmemory;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The datastore's one lock and the undo log of the unit of work that holds it. Every read and every write of the
 * tables happens under the lock, so readers never see a unit half done; a write outside a transaction is a unit
 * of its own. A unit that ends by throwing undoes its writes, newest first, like a database rollback.
 *
 * <p>One lock for everything is deliberate: operations take microseconds, and a single lock makes multi-record
 * units trivially serializable and deadlock-free.
 */
final class UnitOfWork {
    private final ReentrantLock lock = new ReentrantLock();
    /** Non-null while a unit is open; only the thread holding the lock touches it. */
    private Deque<Runnable> undoLog;

    <T> T read(Supplier<T> query) {
        lock.lock();
        try {
            return query.get();
        } finally {
            lock.unlock();
        }
    }

    /** Runs {@code work} as a unit, or as part of the unit this thread already has open. */
    <T> T write(Supplier<T> work) {
        lock.lock();
        try {
            if (undoLog != null) {
                return work.get();
            }
            undoLog = new ArrayDeque<>();
            try {
                return work.get();
            } catch (RuntimeException | Error failure) {
                rollBack(failure);
                throw failure;
            } finally {
                undoLog = null;
            }
        } finally {
            lock.unlock();
        }
    }

    void run(Runnable work) {
        write(() -> {
            work.run();
            return null;
        });
    }

    /** Remembers how to take back a write just made; tables call this for every change. */
    void onRollback(Runnable undo) {
        if (!lock.isHeldByCurrentThread() || undoLog == null) {
            throw new IllegalStateException("a datastore write happened outside a unit of work");
        }
        undoLog.push(undo);
    }

    private void rollBack(Throwable cause) {
        while (!undoLog.isEmpty()) {
            try {
                undoLog.pop().run();
            } catch (RuntimeException e) {
                cause.addSuppressed(e);
            }
        }
    }
}
