package io.tork.application.retention;

import io.tork.application.port.out.DistributedLock;
import io.tork.application.port.out.RetentionStore;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One cleanup pass: deletes expired log parts, then expired jobs, at most {@value #BATCH} of each, so a pass stays
 * short even after a long pause. Several coordinators share the work through the lock {@value #LOCK_KEY}: while
 * one cleans, the others skip their pass (deleting twice would be harmless, only wasted).
 */
public final class Cleanup {
    public static final String LOCK_KEY = "tork.cleanup";
    static final int BATCH = 1000;
    private static final Logger log = LoggerFactory.getLogger(Cleanup.class);

    private final RetentionStore store;
    private final DistributedLock lock;
    private final RetentionPolicy policy;
    private final Clock clock;

    public Cleanup(RetentionStore store, DistributedLock lock, RetentionPolicy policy, Clock clock) {
        this.store = store;
        this.lock = lock;
        this.policy = policy;
        this.clock = clock;
    }

    /** What one pass deleted. */
    public record Result(int logParts, int jobs) {
        public boolean deletedAnything() {
            return logParts > 0 || jobs > 0;
        }
    }

    /**
     * @return what was deleted; nothing when another coordinator holds the lock
     * @throws io.tork.application.port.out.StoreException when the store or the lock can not be reached
     */
    public Result runOnce() {
        Optional<DistributedLock.Lock> held = lock.tryAcquire(LOCK_KEY);
        if (held.isEmpty()) return new Result(0, 0);
        try (DistributedLock.Lock ignored = held.get()) {
            Instant now = clock.instant();
            int parts = store.deleteLogPartsCreatedBefore(now.minus(policy.logs()), BATCH);
            int jobs = store.deleteExpiredJobs(now, now.minus(policy.jobs()), BATCH);
            if (parts > 0 || jobs > 0) log.info("cleanup deleted {} log parts and {} jobs", parts, jobs);
            return new Result(parts, jobs);
        }
    }
}
