package io.tork.application.schedule;

import static io.tork.application.common.QueueNames.JOBS;

import io.tork.application.port.out.CronSchedules;
import io.tork.application.port.out.IdGenerator;
import io.tork.application.port.out.JobStore;
import io.tork.application.port.out.Message.JobCommand;
import io.tork.application.port.out.Message.JobCommandType;
import io.tork.application.port.out.MessageQueue;
import io.tork.application.port.out.ScheduledJobStore;
import io.tork.application.port.out.Transactions;
import io.tork.domain.job.Job;
import io.tork.domain.job.JobSchedule;
import io.tork.domain.schedule.ScheduledJob;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fires scheduled jobs: every poll, each ACTIVE scheduled job whose tick has come creates one job. Every
 * coordinator polls; a tick is fired by whichever first moves the scheduled job's next tick on
 * ({@link ScheduledJobStore#claimTick}), in the same transaction that creates the job, so with any number of
 * coordinators a tick makes exactly one job, and a crash between the two makes none rather than two.
 *
 * <p>Ticks missed while no coordinator ran (or while the job was paused) are not made up for: a late tick fires
 * once and the next one is the first after now.
 */
public final class ScheduledJobTrigger implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ScheduledJobTrigger.class);
    private final ScheduledJobStore schedules;
    private final JobStore jobs;
    private final Transactions transactions;
    private final MessageQueue queue;
    private final CronSchedules cron;
    private final IdGenerator ids;
    private final Clock clock;
    private final ZoneId zone;
    private ScheduledExecutorService timer;
    /** Whether the last poll failed: an outage is logged once, not every second. */
    private volatile boolean failing;

    public ScheduledJobTrigger(ScheduledJobStore schedules, JobStore jobs, Transactions transactions,
                               MessageQueue queue, CronSchedules cron, IdGenerator ids, Clock clock, ZoneId zone) {
        this.schedules = Objects.requireNonNull(schedules, "schedules");
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.queue = Objects.requireNonNull(queue, "queue");
        this.cron = Objects.requireNonNull(cron, "cron");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /**
     * Fires every tick that has come.
     *
     * @return the jobs this coordinator created
     * @throws io.tork.application.port.out.StoreException when the store can not be read
     */
    public int runOnce() {
        Instant now = clock.instant();
        int fired = 0;
        for (ScheduledJob due : schedules.due(now)) {
            try {
                if (fire(due, now)) fired++;
            } catch (RuntimeException e) {
                log.warn("could not fire scheduled job {} ({}): {}", due.id(), due.spec().name(), e.getMessage(), e);
            }
        }
        return fired;
    }

    private boolean fire(ScheduledJob due, Instant now) {
        Instant tick = due.nextRunAt();
        Instant after = tick.isAfter(now) ? tick : now;
        Instant nextTick = cron.nextAfter(due.cron(), after, zone).orElse(null);
        Optional<Job> created = transactions.inTransaction(() -> {
            if (!schedules.claimTick(due.id(), tick, nextTick)) return Optional.<Job>empty();
            Job job = Job.scheduled(ids.newId(), new JobSchedule(due.id(), due.cron()), due.spec().toJobSpec(), now);
            jobs.create(job);
            return Optional.of(job);
        });
        if (created.isEmpty()) {
            log.debug("tick {} of scheduled job {} was fired by another coordinator", tick, due.id());
            return false;
        }
        queue.publish(JOBS, new JobCommand(created.get().id(), JobCommandType.START, null));
        log.info("scheduled job {} ({}) fired for {}: job {}", due.id(), due.spec().name(), tick, created.get().id());
        return true;
    }

    /** Polls every {@code interval} until closed; a failing poll is logged and the next one tries again. */
    public synchronized void start(Duration interval) {
        if (timer != null) throw new IllegalStateException("the scheduled-job trigger is already started");
        long millis = Math.max(1, interval.toMillis());
        timer = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("scheduled-jobs").factory());
        timer.scheduleWithFixedDelay(this::poll, millis, millis, TimeUnit.MILLISECONDS);
    }

    private void poll() {
        try {
            runOnce();
            if (failing) log.info("looking for due scheduled jobs works again");
            failing = false;
        } catch (RuntimeException e) {
            // an exception escaping here would cancel every later poll
            if (!failing) log.warn("looking for due scheduled jobs failed (retrying every poll): {}", e.getMessage());
            else log.debug("looking for due scheduled jobs still fails: {}", e.getMessage());
            failing = true;
        }
    }

    @Override
    public synchronized void close() {
        if (timer == null) return;
        timer.shutdown();
        try {
            if (!timer.awaitTermination(5, TimeUnit.SECONDS)) log.warn("a scheduled-job poll is still running");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        timer = null;
    }
}
