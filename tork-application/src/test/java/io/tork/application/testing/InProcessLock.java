package io.tork.application.testing;

import io.tork.application.port.out.DistributedLock;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A {@link DistributedLock} shared by the coordinators of one test. A hook runs right after each successful
 * acquisition, while the lock is held, so a test can make a second coordinator act at exactly that moment.
 */
public final class InProcessLock implements DistributedLock {
    private final Set<String> held = ConcurrentHashMap.newKeySet();
    private volatile Runnable whileHeld = () -> { };

    @Override
    public Optional<Lock> tryAcquire(String key) {
        if (!held.add(key)) return Optional.empty();
        AtomicBoolean released = new AtomicBoolean();
        Lock lock = new Lock() {
            @Override
            public String key() {
                return key;
            }

            @Override
            public void close() {
                if (released.compareAndSet(false, true)) held.remove(key);
            }
        };
        Runnable hook = whileHeld;
        whileHeld = () -> { };
        hook.run();
        return Optional.of(lock);
    }

    /** Runs {@code action} once, right after the next successful acquisition. */
    public void onNextAcquisition(Runnable action) {
        whileHeld = action;
    }

    public boolean isHeld(String key) {
        return held.contains(key);
    }
}
