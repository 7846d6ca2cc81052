/** Cron expressions of scheduled jobs, on cron-utils. */
package io.tork.adapters.out.cron;
