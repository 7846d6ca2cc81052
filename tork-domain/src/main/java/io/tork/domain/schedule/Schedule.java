package io.tork.domain.schedule;

/** When a scheduled job runs: a standard 5-field cron expression or a macro such as {@code @daily}. */
public record Schedule(String cron) {
}
