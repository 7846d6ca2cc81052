package io.tork.adapters.out.datastore.inmemory;

import io.tork.application.port.out.DistributedLock;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The locks of standalone mode, where there is only one coordinator: a set of held keys in this process. Share one
 * instance between everything that must exclude each other.
 */
public final class InMemoryDistributedLock implements DistributedLock {
    private final Set<String> held = ConcurrentHashMap.newKeySet();

    @Override
    public Optional<Lock> tryAcquire(String key) {
        Objects.requireNonNull(key, "key");
        return held.add(key) ? Optional.of(new HeldKey(key)) : Optional.empty();
    }

    private final class HeldKey implements Lock {
        private final String key;
        private final AtomicBoolean released = new AtomicBoolean();

        HeldKey(String key) {
            this.key = key;
        }

        @Override
        public String key() {
            return key;
        }

        /** Only the first release frees the key: a stale handle must not free it for its next holder. */
        @Override
        public void close() {
            if (released.compareAndSet(false, true)) held.remove(key);
        }
    }
}
