package io.tork.adapters.out.datastore.inmemory;

import java.util.ArrayDeque;
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
    /** Past this many entries the undo log is dropped after its unit rather than kept for the next one. */
    private static final int KEPT_UNDO_CAPACITY = 1024;
    private final ReentrantLock lock = new ReentrantLock();
    /**
     * The open unit's undo log, reused unit after unit: one unit at a time holds the lock, and every handler runs
     * a few units per task, so a fresh log each time was garbage in proportion to the work. Only the thread
     * holding the lock touches it.
     */
    private ArrayDeque<Runnable> undoLog = new ArrayDeque<>();
    private boolean unitOpen;

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
            if (unitOpen) {
                return work.get();
            }
            unitOpen = true;
            try {
                return work.get();
            } catch (RuntimeException | Error failure) {
                rollBack(failure);
                throw failure;
            } finally {
                unitOpen = false;
                if (undoLog.size() > KEPT_UNDO_CAPACITY) {
                    undoLog = new ArrayDeque<>();
                } else {
                    undoLog.clear();
                }
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
        if (!lock.isHeldByCurrentThread() || !unitOpen) {
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
