package io.tork.application.schedule;

import static io.tork.application.testing.Specs.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.tork.application.port.in.InvalidRequestException;
import io.tork.application.port.out.NotFoundException;
import io.tork.application.testing.FakeScheduledJobStore;
import io.tork.application.testing.MinuteCron;
import io.tork.application.testing.MutableClock;
import io.tork.application.testing.SequentialIds;
import io.tork.application.testing.SimpleExpressions;
import io.tork.domain.common.IllegalTransitionException;
import io.tork.domain.schedule.Schedule;
import io.tork.domain.schedule.ScheduledJob;
import io.tork.domain.schedule.ScheduledJobSpec;
import io.tork.domain.schedule.ScheduledJobState;
import io.tork.domain.spec.TaskSpec;
import io.tork.domain.validation.Violation;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScheduledJobServiceTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2025-01-01T10:00:30Z"));
    private final FakeScheduledJobStore store = new FakeScheduledJobStore();
    private final ScheduledJobService service = new ScheduledJobService(store, new MinuteCron(),
            new SimpleExpressions(), new SequentialIds(), clock, ZoneOffset.UTC, true);

    @Test
    void aValidScheduledJobIsStoredActiveWithItsFirstTick() {
        ScheduledJob created = service.create(spec("every minute", "* * * * *", task("t").build()));

        assertThat(created.state()).isEqualTo(ScheduledJobState.ACTIVE);
        assertThat(created.createdAt()).isEqualTo(clock.instant());
        assertThat(created.nextRunAt()).isEqualTo(Instant.parse("2025-01-01T10:01:00Z"));
        assertThat(store.find(created.id())).contains(created);
    }

    @Test
    void aCronTheParserRefusesIsNamedWithItsReason() {
        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
                () -> service.create(spec("bad", "*/5 * * *", task("t").build())));

        assertThat(e.violations()).containsExactly(new Violation("schedule.cron",
                "'*/5 * * *' is not a schedule this fake knows"));
        assertThat(store.page(1, 10).items()).isEmpty();
    }

    @Test
    void aCronThatNeverFiresIsRefused() {
        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
                () -> service.create(spec("never", "0 0 30 2 *", task("t").build())));

        assertThat(e.violations()).extracting(Violation::field).containsExactly("schedule.cron");
        assertThat(e.getMessage()).contains("never fires");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        ScheduledJobSpec broken = new ScheduledJobSpec(null, null, null, null, null,
                List.of(TaskSpec.builder().name("no image").build()), "{{ unbalanced", null, null, null, null, "soon",
                null);

        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class, () -> service.create(broken));

        assertThat(e.violations()).extracting(Violation::field)
                .contains("name", "tasks[0].image", "timeout", "schedule", "output");
    }

    @Test
    void aScheduleWithoutCronIsRefused() {
        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
                () -> service.create(spec("empty", " ", task("t").build())));

        assertThat(e.violations()).extracting(Violation::field).containsExactly("schedule.cron");
    }

    @Test
    void pausingAndResumingMoveTheNextTickToAfterNow() {
        ScheduledJob created = service.create(spec("every minute", "* * * * *", task("t").build()));

        service.pause(created.id());
        assertThat(service.get(created.id()).state()).isEqualTo(ScheduledJobState.PAUSED);
        clock.advance(Duration.ofMinutes(10));
        service.resume(created.id());

        ScheduledJob resumed = service.get(created.id());
        assertThat(resumed.state()).isEqualTo(ScheduledJobState.ACTIVE);
        assertThat(resumed.nextRunAt()).isEqualTo(Instant.parse("2025-01-01T10:11:00Z"));
    }

    @Test
    void pausingTwiceOrResumingAnActiveOneIsRefused() {
        ScheduledJob created = service.create(spec("every minute", "* * * * *", task("t").build()));

        assertThatThrownBy(() -> service.resume(created.id())).isInstanceOf(IllegalTransitionException.class)
                .hasMessage("scheduled job is not paused");
        service.pause(created.id());
        assertThatThrownBy(() -> service.pause(created.id())).isInstanceOf(IllegalTransitionException.class)
                .hasMessage("scheduled job is not active");
    }

    @Test
    void unknownIdsAreNotFound() {
        assertThatThrownBy(() -> service.get("nope")).isInstanceOf(NotFoundException.class)
                .hasMessage("scheduled job not found");
        assertThatThrownBy(() -> service.pause("nope")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.delete("nope")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void listsAndDeletes() {
        ScheduledJob first = service.create(spec("one", "* * * * *", task("t").build()));
        clock.advance(Duration.ofSeconds(1));
        ScheduledJob second = service.create(spec("two", "@hourly", task("t").build()));

        assertThat(service.list(1, 10).items()).extracting(ScheduledJob::id).containsExactly(second.id(), first.id());
        service.delete(first.id());
        assertThat(service.list(1, 10).items()).extracting(ScheduledJob::id).containsExactly(second.id());
    }

    static ScheduledJobSpec spec(String name, String cron, TaskSpec... tasks) {
        return new ScheduledJobSpec(name, null, null, null, null, List.of(tasks), null, null, null, null, null, null,
                new Schedule(cron));
    }
}
