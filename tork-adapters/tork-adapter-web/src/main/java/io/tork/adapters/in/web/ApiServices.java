package io.tork.adapters.in.web;

import io.tork.application.port.in.ControlJobUseCase;
import io.tork.application.port.in.JobQueries;
import io.tork.application.port.in.ScheduledJobsUseCase;
import io.tork.application.port.in.SubmitJobUseCase;
import io.tork.application.port.in.SystemQueries;
import java.util.Objects;

/** The application's inbound ports the REST API drives. */
public record ApiServices(SubmitJobUseCase submit, ControlJobUseCase control, JobQueries jobs, SystemQueries system,
                          ScheduledJobsUseCase scheduledJobs) {
    public ApiServices {
        Objects.requireNonNull(scheduledJobs, "scheduledJobs");
        Objects.requireNonNull(submit, "submit");
        Objects.requireNonNull(control, "control");
        Objects.requireNonNull(jobs, "jobs");
        Objects.requireNonNull(system, "system");
    }
}
