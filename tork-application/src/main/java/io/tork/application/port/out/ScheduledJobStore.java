package io.tork.application.port.out;

import io.tork.domain.schedule.ScheduledJob;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Where scheduled jobs are kept. Shares transactions with the {@link JobStore} of the same datastore, so that
 * claiming a tick and creating its job are one unit.
 */
public interface ScheduledJobStore {
    /** Stores a new scheduled job; its id must not exist yet. */
    void create(ScheduledJob scheduledJob);

    Optional<ScheduledJob> find(String id);

    /**
     * Reads the scheduled job, applies {@code change} and stores the result, atomically with respect to other
     * changes of it (including {@link #claimTick}). {@code change} may be called more than once.
     *
     * @throws NotFoundException ({@code scheduled job not found})
     */
    ScheduledJob update(String id, UnaryOperator<ScheduledJob> change);

    /** Scheduled jobs newest first. */
    Page<ScheduledJob> page(int page, int size);

    /** The ACTIVE scheduled jobs whose next tick is at or before {@code now}, earliest tick first. */
    List<ScheduledJob> due(Instant now);

    /**
     * Moves an ACTIVE scheduled job's next tick from {@code tick} to {@code nextTick}, only if it is still at
     * {@code tick}. Of several coordinators claiming one tick at once, exactly one gets {@code true}: that one
     * creates the tick's job.
     */
    boolean claimTick(String id, Instant tick, Instant nextTick);

    /**
     * Deletes the scheduled job and every job it created (with their tasks and logs).
     *
     * @throws NotFoundException ({@code scheduled job not found})
     */
    void delete(String id);
}
