package io.tork.application.port.in;

import io.tork.domain.job.Job;
import io.tork.domain.spec.TaskSpec;

public interface SubmitJobUseCase {
    /**
     * Validates the job (every violation at once), stores it PENDING and hands it to a coordinator.
     *
     * @throws InvalidRequestException listing every violation
     */
    Job submit(SubmitJobCommand command);

    /** The seed API: one task, run as a one-task job whose id is the task's public id. */
    Job submitTask(TaskSpec task);
}
