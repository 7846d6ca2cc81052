package io.tork.application.port.out;

import io.tork.domain.job.Job;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Where jobs are kept. */
public interface JobStore {
    /** Stores a new job; its id must not exist yet. */
    void create(Job job);

    /**
     * Stores a new job in its state {@code started}, which it reached from {@code submitted} without being stored
     * in between (a job started in the transaction that submits it). Stores keep only {@code started}; decorators
     * that report stored changes report both.
     */
    default void createStarted(Job submitted, Job started) {
        create(started);
    }

    Optional<Job> find(String id);

    /**
     * Reads the job, applies {@code change} and stores the result, atomically with respect to other updates of
     * the same job. {@code change} may be called more than once and must not have side effects.
     *
     * @return the stored job
     * @throws NotFoundException when there is no such job
     */
    Job update(String id, UnaryOperator<Job> change);

    /** Jobs newest first, filtered by {@code query}. */
    Page<Job> page(JobQuery query);

    /** How many jobs are in {@code state} right now. */
    long count(io.tork.domain.job.JobState state);

    /** Maps an idempotency key to the job first submitted with it; returns the existing job id if taken. */
    Optional<String> claimIdempotencyKey(String key, String jobId);
}
