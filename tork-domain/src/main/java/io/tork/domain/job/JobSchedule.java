package io.tork.domain.job;

/** The scheduled job a job instance was created from, and the cron expression that fired it. */
public record JobSchedule(String id, String cron) {
}
