package io.tork.application.job;

import io.tork.application.common.Outbox;
import io.tork.application.common.TransactionalWork;
import io.tork.domain.job.Job;

/**
 * A coordinator's way of starting a job in the very transaction that stores it, which spares the start command
 * its trip through the broker and a transaction of its own. The job's first task is then scheduled (or the job
 * failed) before the submission is answered; what the start sends leaves with the submission's outbox.
 */
public interface JobStart {
    /** The coordinator's transactional work: its outbox can announce the job events a start may cause. */
    TransactionalWork work();

    /** Stores the job just {@code submitted} (PENDING, not stored yet) already started, in the current transaction. */
    void start(Job submitted, Outbox out);

    /** Told once the transaction that started {@code jobId} committed. */
    void started(String jobId);
}
