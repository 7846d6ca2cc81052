package io.tork.adapters.out.metrics;

import java.util.ArrayList;
import java.util.List;

/**
 * Holds back what a transaction observed until it commits, so that a rolled-back change is never counted. Outside
 * a transaction an observation counts at once. Per thread, as transactions are.
 */
final class AfterCommit {
    private final ThreadLocal<Pending> pending = new ThreadLocal<>();

    void record(Runnable observation) {
        Pending open = pending.get();
        if (open == null) {
            observation.run();
        } else {
            open.observations.add(observation);
        }
    }

    /** Marks the start of a (possibly nested) transaction on this thread. */
    void begin() {
        Pending open = pending.get();
        if (open == null) {
            pending.set(new Pending());
        } else {
            open.depth++;
        }
    }

    /** Ends the innermost transaction; the outermost one releases or drops what was held back. */
    void end(boolean committed) {
        Pending open = pending.get();
        if (open.depth > 0) {
            open.depth--;
            return;
        }
        pending.remove();
        if (committed) open.observations.forEach(Runnable::run);
    }

    private static final class Pending {
        final List<Runnable> observations = new ArrayList<>();
        int depth;
    }
}
