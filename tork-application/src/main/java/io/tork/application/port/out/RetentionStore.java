package io.tork.application.port.out;

import java.time.Instant;

/** Deletes what is kept no longer (reference §6.3). Every call deletes at most {@code limit} records. */
public interface RetentionStore {
    /** Deletes log parts created before {@code cutoff}; returns how many. */
    int deleteLogPartsCreatedBefore(Instant cutoff, int limit);

    /**
     * Deletes jobs whose {@code deleteAt} is at or before {@code now}, and COMPLETED, FAILED or CANCELLED jobs
     * created before {@code createdBefore}, with their tasks and logs. Jobs still going are never deleted by age.
     *
     * @return how many jobs were deleted
     */
    int deleteExpiredJobs(Instant now, Instant createdBefore, int limit);
}
