package io.tork.adapters.in.web.view;

import io.tork.domain.job.JobSchedule;

/** {@code schedule} of a job created by a scheduled job: that scheduled job's id and cron expression. */
public record JobScheduleView(String id, String cron) {
    static JobScheduleView of(JobSchedule schedule) {
        return schedule == null ? null : new JobScheduleView(schedule.id(), schedule.cron());
    }
}
