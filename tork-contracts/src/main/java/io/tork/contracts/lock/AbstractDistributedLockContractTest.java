package io.tork.contracts.lock;

import static org.assertj.core.api.Assertions.assertThat;

import io.tork.application.port.out.DistributedLock;
import io.tork.application.port.out.DistributedLock.Lock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link DistributedLock} does. Keys are unique per test, so tests do not see each other's locks;
 * every lock a test takes is released after it.
 */
public abstract class AbstractDistributedLockContractTest {
    private final List<Lock> taken = new ArrayList<>();

    /** The lock under test; may be the same instance on every call. */
    protected abstract DistributedLock lock();

    /**
     * Another handle on the same locks, as a second coordinator would have (another connection, another
     * instance); by default the same as {@link #lock()}.
     */
    protected DistributedLock otherCoordinatorsLock() {
        return lock();
    }

    @AfterEach
    void releaseEverything() {
        taken.forEach(Lock::close);
    }

    @Test
    void aFreeKeyIsAcquired() {
        String key = newKey();

        Optional<Lock> lock = acquire(lock(), key);

        assertThat(lock).isPresent();
        assertThat(lock.get().key()).isEqualTo(key);
    }

    @Test
    void aHeldKeyCanNotBeAcquiredAgain() {
        String key = newKey();
        assertThat(acquire(lock(), key)).isPresent();

        assertThat(acquire(lock(), key)).isEmpty();
        assertThat(acquire(otherCoordinatorsLock(), key)).isEmpty();
    }

    @Test
    void aReleasedKeyCanBeAcquiredAgain() {
        String key = newKey();
        acquire(lock(), key).orElseThrow().close();

        assertThat(acquire(otherCoordinatorsLock(), key)).isPresent();
    }

    @Test
    void differentKeysAreIndependent() {
        String first = newKey();
        String second = newKey();
        assertThat(acquire(lock(), first)).isPresent();

        assertThat(acquire(otherCoordinatorsLock(), second)).isPresent();
    }

    @Test
    void releasingTwiceIsHarmlessAndDoesNotReleaseTheNextHolder() {
        String key = newKey();
        Lock first = acquire(lock(), key).orElseThrow();
        first.close();
        Lock second = acquire(otherCoordinatorsLock(), key).orElseThrow();

        first.close();

        assertThat(acquire(lock(), key)).as("still held by the second holder").isEmpty();
        second.close();
        second.close();
        assertThat(acquire(lock(), key)).isPresent();
    }

    @Test
    void manyAcquisitionsAndReleasesLeaveNothingHeld() {
        String key = newKey();
        for (int i = 0; i < 50; i++) {
            acquire(i % 2 == 0 ? lock() : otherCoordinatorsLock(), key).orElseThrow().close();
        }

        assertThat(acquire(lock(), key)).isPresent();
    }

    private Optional<Lock> acquire(DistributedLock from, String key) {
        Optional<Lock> lock = from.tryAcquire(key);
        lock.ifPresent(taken::add);
        return lock;
    }

    private static String newKey() {
        return "contract-" + UUID.randomUUID();
    }
}
