package io.tork.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.tork.domain.schedule.Schedule;
import io.tork.domain.schedule.ScheduledJobSpec;
import io.tork.domain.spec.TaskSpec;
import io.tork.domain.spec.Webhook;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScheduledJobValidatorTest {
    private final ScheduledJobValidator validator = new ScheduledJobValidator(new JobValidator(new TaskValidator(true)));

    @Test
    void aCompleteDocumentIsValid() {
        assertThat(validator.validate(spec("nightly", new Schedule("0 2 * * *"), task()))).isEmpty();
    }

    @Test
    void theScheduleIsRequired() {
        assertThat(validator.validate(spec("nightly", null, task())))
                .extracting(Violation::field).containsExactly("schedule");
    }

    @Test
    void theCronIsRequired() {
        assertThat(validator.validate(spec("nightly", new Schedule(" "), task())))
                .extracting(Violation::field).containsExactly("schedule.cron");
    }

    @Test
    void theJobRulesApplyTooAndEveryViolationIsListed() {
        assertThat(validator.validate(spec(null, null, TaskSpec.builder().name("no image").build())))
                .extracting(Violation::field).containsExactlyInAnyOrder("name", "tasks[0].image", "schedule");
    }

    @Test
    void anEmptyDocumentSaysSo() {
        assertThat(validator.validate(null)).extracting(Violation::message)
                .containsExactly("the scheduled job document is empty");
    }

    @ParameterizedTest
    @ValueSource(strings = {"example.com/hook", "ftp://example.com/x", "file:///etc/passwd", "http://", "not a url"})
    void aWebhookUrlMustBeAbsoluteHttp(String url) {
        ScheduledJobSpec withHook = new ScheduledJobSpec("n", null, null, null, null, List.of(task()), null, null,
                List.of(new Webhook(url, null, null, null)), null, null, null, new Schedule("@daily"));

        assertThat(validator.validate(withHook)).extracting(Violation::field).containsExactly("webhooks[0].url");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://example.com/hook", "https://example.com:8443/a?b=c", "{{ inputs.hook }}"})
    void httpUrlsAndTemplatesAreAccepted(String url) {
        ScheduledJobSpec withHook = new ScheduledJobSpec("n", null, null, null, null, List.of(task()), null, null,
                List.of(new Webhook(url, null, null, null)), null, null, null, new Schedule("@daily"));

        assertThat(validator.validate(withHook)).isEmpty();
    }

    private static TaskSpec task() {
        return TaskSpec.builder().name("t").image("busybox").build();
    }

    private static ScheduledJobSpec spec(String name, Schedule schedule, TaskSpec task) {
        return new ScheduledJobSpec(name, null, null, null, null, List.of(task), null, null, null, null, null, null,
                schedule);
    }
}
