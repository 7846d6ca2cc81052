package io.tork.application.job;

import static io.tork.application.common.QueueNames.JOBS;

import io.tork.application.common.Stores;
import io.tork.application.port.in.ControlJobUseCase;
import io.tork.application.port.in.InvalidRequestException;
import io.tork.application.port.out.Message.JobCommand;
import io.tork.application.port.out.Message.JobCommandType;
import io.tork.application.port.out.MessageQueue;
import io.tork.application.port.out.NotFoundException;
import io.tork.domain.job.Job;
import io.tork.domain.job.JobState;

/** Cancel and restart requests: checked here, carried out by a coordinator. */
public final class JobControl implements ControlJobUseCase {
    private final Stores stores;
    private final MessageQueue queue;

    public JobControl(Stores stores, MessageQueue queue) {
        this.stores = stores;
        this.queue = queue;
    }

    @Override
    public void cancel(String jobId) {
        Job job = find(jobId);
        if (!job.state().isActive()) throw new InvalidRequestException("job is not running (it is " + job.state() + ")");
        queue.publish(JOBS, new JobCommand(jobId, JobCommandType.CANCEL, "cancelled by request"));
    }

    @Override
    public void restart(String jobId) {
        Job job = find(jobId);
        if (job.state() != JobState.FAILED && job.state() != JobState.CANCELLED) {
            throw new InvalidRequestException("job is " + job.state() + " and can not be restarted");
        }
        queue.publish(JOBS, new JobCommand(jobId, JobCommandType.RESTART, null));
    }

    private Job find(String jobId) {
        return stores.jobs().find(jobId).orElseThrow(() -> new NotFoundException("job not found"));
    }
}
