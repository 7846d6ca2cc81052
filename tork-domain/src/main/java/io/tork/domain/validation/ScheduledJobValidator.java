package io.tork.domain.validation;

import io.tork.domain.schedule.ScheduledJobSpec;
import java.util.List;

/**
 * Checks a scheduled job document: the rules of a job, plus a schedule with a cron expression. Whether the
 * expression is a valid schedule is for the cron parser that runs it to say (the application asks it).
 */
public final class ScheduledJobValidator {
    private final JobValidator jobs;

    public ScheduledJobValidator(JobValidator jobs) {
        this.jobs = jobs;
    }

    public List<Violation> validate(ScheduledJobSpec spec) {
        Violations v = new Violations();
        if (spec == null) {
            v.add("", "the scheduled job document is empty");
            return v.list();
        }
        v.addAll(jobs.validate(spec.toJobSpec()));
        if (spec.schedule() == null) {
            v.add("schedule", "is required: give schedule.cron, e.g. \"0 * * * *\" or \"@daily\"");
        } else if (spec.cron() == null || spec.cron().isBlank()) {
            v.add("schedule.cron", "is required, e.g. \"0 * * * *\" or \"@daily\"");
        }
        return v.list();
    }
}
