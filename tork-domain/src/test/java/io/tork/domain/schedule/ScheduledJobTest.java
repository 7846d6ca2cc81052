package io.tork.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tork.domain.common.IllegalTransitionException;
import io.tork.domain.spec.AutoDelete;
import io.tork.domain.spec.JobDefaults;
import io.tork.domain.spec.JobSpec;
import io.tork.domain.spec.TaskSpec;
import io.tork.domain.spec.Webhook;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScheduledJobTest {
    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant TICK = Instant.parse("2025-01-01T00:01:00Z");

    @Test
    void aNewScheduledJobIsActiveAndDueAtItsFirstTick() {
        ScheduledJob s = ScheduledJob.created("s1", spec("* * * * *"), T0, TICK);

        assertThat(s.state()).isEqualTo(ScheduledJobState.ACTIVE);
        assertThat(s.cron()).isEqualTo("* * * * *");
        assertThat(s.isDue(TICK.minusNanos(1))).isFalse();
        assertThat(s.isDue(TICK)).isTrue();
    }

    @Test
    void aPausedScheduledJobIsNeverDue() {
        ScheduledJob paused = ScheduledJob.created("s1", spec("* * * * *"), T0, TICK).pause();

        assertThat(paused.state()).isEqualTo(ScheduledJobState.PAUSED);
        assertThat(paused.isDue(TICK.plusSeconds(3600))).isFalse();
    }

    @Test
    void pauseAndResumeOnlyFromTheOtherState() {
        ScheduledJob active = ScheduledJob.created("s1", spec("* * * * *"), T0, TICK);

        assertThatThrownBy(() -> active.resume(TICK)).isInstanceOf(IllegalTransitionException.class)
                .hasMessage("scheduled job is not paused");
        assertThatThrownBy(() -> active.pause().pause()).isInstanceOf(IllegalTransitionException.class)
                .hasMessage("scheduled job is not active");
        assertThat(active.pause().resume(TICK.plusSeconds(600)).nextRunAt()).isEqualTo(TICK.plusSeconds(600));
    }

    @Test
    void firingMovesTheNextTickOn() {
        ScheduledJob s = ScheduledJob.created("s1", spec("* * * * *"), T0, TICK).firedUntil(TICK.plusSeconds(60));

        assertThat(s.nextRunAt()).isEqualTo(TICK.plusSeconds(60));
        assertThat(s.isDue(TICK)).isFalse();
    }

    @Test
    void eachTickRunsTheDocumentAsAJobWithItsDefaultsWebhooksAndAutoDelete() {
        ScheduledJobSpec spec = new ScheduledJobSpec("report", "daily", List.of("r"), Map.of("a", "b"),
                Map.of("k", "v"), List.of(TaskSpec.builder().name("t").image("busybox").build()), "{{ 1 }}",
                new JobDefaults(null, null, "5m", "reports", 2), List.of(new Webhook("http://h", null, null, null)),
                null, new AutoDelete("1h"), "30m", new Schedule("@daily"));

        JobSpec job = spec.toJobSpec();

        assertThat(job).isEqualTo(new JobSpec("report", "daily", List.of("r"), Map.of("a", "b"), Map.of("k", "v"),
                spec.tasks(), "{{ 1 }}", spec.defaults(), spec.webhooks(), null, new AutoDelete("1h"), null, "30m"));
    }

    private static ScheduledJobSpec spec(String cron) {
        return new ScheduledJobSpec("s", null, null, null, null, List.of(TaskSpec.builder().name("t").build()), null,
                null, null, null, null, null, new Schedule(cron));
    }
}
