package io.tork.application.port.out;

import java.util.Optional;

/**
 * Named locks shared by every coordinator of one installation, so that work which must happen once (a sweep for
 * lost workers, a cron tick) is done by only one of them. Acquisition never waits.
 */
public interface DistributedLock {
    /**
     * Takes the lock named {@code key} if nobody holds it.
     *
     * @return the held lock, or empty when someone (in this process or another) holds it already
     * @throws StoreException when the lock's backend can not be asked
     */
    Optional<Lock> tryAcquire(String key);

    /**
     * A held lock; closing it releases it. Releasing twice is harmless. A lock can also be lost without being
     * released (its backend's connection broke), so work done under it must stay safe if done twice.
     */
    interface Lock extends AutoCloseable {
        String key();

        @Override
        void close();
    }
}
