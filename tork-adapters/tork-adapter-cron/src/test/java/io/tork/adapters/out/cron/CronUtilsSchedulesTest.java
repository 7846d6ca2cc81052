package io.tork.adapters.out.cron;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CronUtilsSchedulesTest {
    private static final ZoneId UTC = ZoneOffset.UTC;
    private final CronUtilsSchedules cron = new CronUtilsSchedules();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "* * * * *        | 2024-03-01T10:00:00Z | 2024-03-01T10:01:00Z",
            "0/5 * * * *      | 2024-03-01T10:02:10Z | 2024-03-01T10:05:00Z",
            "*/15 * * * *     | 2024-03-01T10:15:00Z | 2024-03-01T10:30:00Z",
            "30 2 * * *       | 2024-03-01T10:00:00Z | 2024-03-02T02:30:00Z",
            "0 9 * * 1-5      | 2024-03-01T10:00:00Z | 2024-03-04T09:00:00Z",
            "0 0 1 * *        | 2024-03-01T10:00:00Z | 2024-04-01T00:00:00Z",
            "@hourly          | 2024-03-01T10:00:00Z | 2024-03-01T11:00:00Z",
            "@daily           | 2024-03-01T10:00:00Z | 2024-03-02T00:00:00Z",
            "@midnight        | 2024-03-01T10:00:00Z | 2024-03-02T00:00:00Z",
            "@weekly          | 2024-03-01T10:00:00Z | 2024-03-03T00:00:00Z",
            "@monthly         | 2024-03-01T10:00:00Z | 2024-04-01T00:00:00Z",
            "@yearly          | 2024-03-01T10:00:00Z | 2025-01-01T00:00:00Z",
            "@ANNUALLY        | 2024-03-01T10:00:00Z | 2025-01-01T00:00:00Z"})
    void theNextTickIsTheFirstStrictlyAfterTheGivenInstant(String expression, String after, String expected) {
        assertThat(cron.problem(expression)).isEmpty();
        assertThat(cron.nextAfter(expression, Instant.parse(after), UTC)).contains(Instant.parse(expected));
    }

    @Test
    void expressionsAreReadInTheGivenZone() {
        ZoneId paris = ZoneId.of("Europe/Paris");

        assertThat(cron.nextAfter("0 9 * * *", Instant.parse("2024-03-01T10:00:00Z"), paris))
                .contains(Instant.parse("2024-03-02T08:00:00Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "* * * *", "0 * * * * *", "0 0 * * * * 2024", "61 * * * *", "* 24 * * *",
            "* * 32 * *", "* * * 13 *", "* * * * 8", "a b c d e", "@every 5m", "@sometimes", "*/0 * * * *"})
    void invalidExpressionsAreRefusedWithAReason(String expression) {
        assertThat(cron.problem(expression)).hasValueSatisfying(reason -> assertThat(reason).isNotBlank());
        assertThatThrownBy(() -> cron.nextAfter(expression, Instant.EPOCH, UTC))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theReasonNamesTheFieldCount() {
        assertThat(cron.problem("0 0 * * * *")).hasValueSatisfying(reason ->
                assertThat(reason).contains("6 fields").contains("expected 5"));
        assertThat(cron.problem("@every 5m")).hasValueSatisfying(reason ->
                assertThat(reason).contains("unknown macro"));
    }

    @Test
    @org.junit.jupiter.api.Timeout(10)
    void aDateThatNeverComesHasNoNextTick() {
        assertThat(cron.nextAfter("0 0 30 2 *", Instant.parse("2024-03-01T10:00:00Z"), UTC)).isEmpty();
    }
}
