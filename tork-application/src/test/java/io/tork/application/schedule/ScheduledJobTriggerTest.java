package io.tork.application.schedule;

import static io.tork.application.schedule.ScheduledJobServiceTest.spec;
import static io.tork.application.testing.Specs.task;
import static org.assertj.core.api.Assertions.assertThat;

import io.tork.application.common.QueueNames;
import io.tork.application.port.out.JobQuery;
import io.tork.application.port.out.Message.JobCommand;
import io.tork.application.port.out.Message.JobCommandType;
import io.tork.application.testing.DirectMessageQueue;
import io.tork.application.testing.FakeScheduledJobStore;
import io.tork.application.testing.FakeStores;
import io.tork.application.testing.MinuteCron;
import io.tork.application.testing.MutableClock;
import io.tork.application.testing.SequentialIds;
import io.tork.domain.job.Job;
import io.tork.domain.job.JobState;
import io.tork.domain.schedule.ScheduledJob;
import io.tork.domain.schedule.ScheduledJobSpec;
import io.tork.domain.spec.JobDefaults;
import io.tork.domain.spec.Limits;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Firing scheduled jobs on a clock the test moves: one job per tick, however many coordinators poll. */
class ScheduledJobTriggerTest {
    private static final Instant START = Instant.parse("2025-01-01T10:00:30Z");
    private final MutableClock clock = new MutableClock(START);
    private final FakeScheduledJobStore schedules = new FakeScheduledJobStore();
    private final FakeStores stores = new FakeStores();
    private final DirectMessageQueue queue = new DirectMessageQueue(clock);
    private final SequentialIds ids = new SequentialIds();
    private final ScheduledJobService service = new ScheduledJobService(schedules, new MinuteCron(),
            new io.tork.application.testing.SimpleExpressions(), ids, clock, ZoneOffset.UTC, true);

    @AfterEach
    void stop() {
        queue.close();
    }

    @Test
    void nothingFiresBeforeTheTick() {
        service.create(spec("every minute", "* * * * *", task("t").build()));
        clock.set(Instant.parse("2025-01-01T10:00:59.999Z"));

        assertThat(trigger().runOnce()).isZero();
        assertThat(jobs()).isEmpty();
    }

    @Test
    void aTickCreatesOneJobFromTheScheduledJobAndStartsIt() {
        ScheduledJobSpec withDefaults = new ScheduledJobSpec("report", "daily report", List.of("reports"),
                Map.of("to", "boss"), Map.of("token", "t0k"), List.of(task("send").build()), null,
                new JobDefaults(null, new Limits("1", "64m"), null, null, null), null, null, null, null,
                new io.tork.domain.schedule.Schedule("* * * * *"));
        ScheduledJob scheduled = service.create(withDefaults);
        clock.set(Instant.parse("2025-01-01T10:01:00Z"));

        assertThat(trigger().runOnce()).isEqualTo(1);

        Job job = jobs().getFirst();
        assertThat(job.state()).isEqualTo(JobState.PENDING);
        assertThat(job.scheduledBy().id()).isEqualTo(scheduled.id());
        assertThat(job.scheduledBy().cron()).isEqualTo("* * * * *");
        assertThat(job.spec()).isEqualTo(withDefaults.toJobSpec());
        assertThat(job.spec().defaults().limits().memory()).isEqualTo("64m");
        assertThat(job.context().job()).containsEntry("id", job.id()).containsEntry("name", "report");
        assertThat(job.context().secrets()).containsEntry("token", "t0k");
        assertThat(queue.publishedTo(QueueNames.JOBS))
                .containsExactly(new JobCommand(job.id(), JobCommandType.START, null));
        assertThat(schedules.find(scheduled.id()).orElseThrow().nextRunAt())
                .isEqualTo(Instant.parse("2025-01-01T10:02:00Z"));
    }

    @Test
    void aTickFiresOnlyOnceAndTheNextTickFiresAgain() {
        service.create(spec("every minute", "* * * * *", task("t").build()));
        ScheduledJobTrigger trigger = trigger();

        clock.set(Instant.parse("2025-01-01T10:01:00.200Z"));
        trigger.runOnce();
        trigger.runOnce();
        clock.set(Instant.parse("2025-01-01T10:01:59Z"));
        trigger.runOnce();
        assertThat(jobs()).hasSize(1);

        clock.set(Instant.parse("2025-01-01T10:02:00Z"));
        trigger.runOnce();
        assertThat(jobs()).hasSize(2);
    }

    @Test
    void twoCoordinatorsPollingTogetherFireEachTickOnce() throws Exception {
        service.create(spec("every minute", "* * * * *", task("t").build()));
        ScheduledJobTrigger first = trigger();
        ScheduledJobTrigger second = trigger();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int minute = 1; minute <= 20; minute++) {
                clock.set(START.plus(Duration.ofMinutes(minute)));
                CountDownLatch go = new CountDownLatch(1);
                Future<Integer> a = pool.submit(() -> { go.await(); return first.runOnce(); });
                Future<Integer> b = pool.submit(() -> { go.await(); return second.runOnce(); });
                go.countDown();
                assertThat(a.get(10, TimeUnit.SECONDS) + b.get(10, TimeUnit.SECONDS)).as("jobs at minute " + minute)
                        .isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
        assertThat(jobs()).hasSize(20);
    }

    @Test
    void ticksMissedWhileNoCoordinatorRanFireOnceThenFollowTheClock() {
        ScheduledJob scheduled = service.create(spec("every minute", "* * * * *", task("t").build()));
        clock.set(Instant.parse("2025-01-01T10:30:10Z"));

        trigger().runOnce();
        trigger().runOnce();

        assertThat(jobs()).hasSize(1);
        assertThat(schedules.find(scheduled.id()).orElseThrow().nextRunAt())
                .isEqualTo(Instant.parse("2025-01-01T10:31:00Z"));
    }

    @Test
    void aPausedScheduledJobDoesNotFire() {
        ScheduledJob scheduled = service.create(spec("every minute", "* * * * *", task("t").build()));
        service.pause(scheduled.id());
        clock.set(Instant.parse("2025-01-01T10:05:00Z"));

        assertThat(trigger().runOnce()).isZero();
        assertThat(jobs()).isEmpty();
    }

    @Test
    void theTriggerPollsByItselfOnceStarted() {
        service.create(spec("every minute", "* * * * *", task("t").build()));
        clock.set(Instant.parse("2025-01-01T10:01:00Z"));

        try (ScheduledJobTrigger trigger = trigger()) {
            trigger.start(Duration.ofMillis(10));
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> jobs().size() == 1);
        }
    }

    private ScheduledJobTrigger trigger() {
        return new ScheduledJobTrigger(schedules, stores.jobs(), stores, queue, new MinuteCron(), ids, clock,
                ZoneOffset.UTC);
    }

    private List<Job> jobs() {
        return stores.jobs().page(JobQuery.all(1, 100)).items();
    }
}
