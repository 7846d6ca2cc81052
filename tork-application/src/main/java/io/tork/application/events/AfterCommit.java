package io.tork.application.events;

import io.tork.application.port.out.Transactions;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Transactions that remember work to do once they commit: notifications about changes made inside a transaction
 * wait for its end and are dropped when it rolls back, so nobody hears of a change that never happened. Outside
 * a transaction a change is committed when the store returns, and the work runs at once.
 */
final class AfterCommit implements Transactions {
    private static final Logger log = LoggerFactory.getLogger(AfterCommit.class);
    private final Transactions inner;
    private final ThreadLocal<List<Runnable>> pending = new ThreadLocal<>();

    AfterCommit(Transactions inner) {
        this.inner = inner;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (pending.get() != null) return inner.inTransaction(work);
        List<Runnable> committed = new ArrayList<>();
        pending.set(committed);
        T result;
        try {
            result = inner.inTransaction(work);
        } finally {
            pending.remove();
        }
        committed.forEach(AfterCommit::runSafely);
        return result;
    }

    void whenCommitted(Runnable work) {
        List<Runnable> open = pending.get();
        if (open != null) open.add(work);
        else runSafely(work);
    }

    private static void runSafely(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            log.warn("a listener of stored changes failed: {}", e.getMessage(), e);
        }
    }
}
