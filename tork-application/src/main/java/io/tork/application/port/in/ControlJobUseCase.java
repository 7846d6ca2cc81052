package io.tork.application.port.in;

public interface ControlJobUseCase {
    /**
     * Cancels a job that is SCHEDULED or RUNNING, its running containers and its sub-jobs.
     *
     * @throws io.tork.application.port.out.NotFoundException for an unknown id
     * @throws InvalidRequestException when the job is not running
     */
    void cancel(String jobId);

    /**
     * Resumes a FAILED or CANCELLED job at the task that stopped it.
     *
     * @throws InvalidRequestException when the job is in another state
     */
    void restart(String jobId);
}
