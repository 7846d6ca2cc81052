package io.tork.app.wiring;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one process has started, stopped in the reverse order, also when starting fails half-way: the one place
 * that guarantees no half-started process remains.
 */
final class Lifecycle {
    private static final Logger log = LoggerFactory.getLogger(Lifecycle.class);
    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicBoolean stopping = new AtomicBoolean();

    /** Something that starts components one after the other, remembering each in the lifecycle. */
    @FunctionalInterface
    interface Starter<T> {
        T start(Lifecycle lifecycle) throws Exception;
    }

    /** Runs {@code starter}; when it fails, stops what it had started before rethrowing. */
    static <T> T starting(Starter<T> starter) throws Exception {
        Lifecycle lifecycle = new Lifecycle();
        try {
            return starter.start(lifecycle);
        } catch (Exception | Error e) {
            lifecycle.stop();
            throw e;
        }
    }

    <T extends AutoCloseable> T remember(T component) {
        started.push(component);
        return component;
    }

    void awaitTermination() throws InterruptedException {
        stopped.await();
    }

    void stop() {
        if (!stopping.compareAndSet(false, true)) {
            return;
        }
        while (!started.isEmpty()) {
            AutoCloseable component = started.pop();
            try {
                component.close();
            } catch (Exception e) {
                log.warn("error while stopping {}: {}", component.getClass().getSimpleName(), e.getMessage());
            }
        }
        stopped.countDown();
    }
}
