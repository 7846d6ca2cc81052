package io.tork.application.coordinator;

import io.tork.application.common.Outbox;
import io.tork.application.port.out.Message.JobCommand;

/** Commands about whole jobs, from the API and from the coordinator itself. */
final class JobCommandHandler {
    private final JobLifecycle jobs;

    JobCommandHandler(JobLifecycle jobs) {
        this.jobs = jobs;
    }

    void handle(JobCommand command, Outbox out) {
        switch (command.type()) {
            case START -> jobs.start(command.jobId(), out);
            case CANCEL -> jobs.cancel(command.jobId(), out);
            case RESTART -> jobs.restart(command.jobId(), out);
            case TIME_OUT -> jobs.timeOut(command.jobId(), command.reason(), out);
        }
    }

    void fail(String jobId, String reason, Outbox out) {
        jobs.fail(jobId, reason, out);
    }
}
