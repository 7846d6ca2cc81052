package io.tork.domain.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

    static Stream<Arguments> validDurations() {
        return Stream.of(
                Arguments.of("300ms", Duration.ofMillis(300)),
                Arguments.of("5s", Duration.ofSeconds(5)),
                Arguments.of("10m", Duration.ofMinutes(10)),
                Arguments.of("1h30m", Duration.ofMinutes(90)),
                Arguments.of("2.5h", Duration.ofMinutes(150)),
                Arguments.of("0", Duration.ZERO),
                Arguments.of("1h30m45s", Duration.ofSeconds(5445)),
                Arguments.of("1h1m1s1ms1us1ns", Duration.ofSeconds(3661).plusNanos(1_001_001)),
                Arguments.of(".5s", Duration.ofMillis(500)),
                Arguments.of("1.5µs", Duration.ofNanos(1500)),
                Arguments.of("-5s", Duration.ofSeconds(-5)),
                Arguments.of("+5s", Duration.ofSeconds(5)),
                Arguments.of("100000h", Duration.ofHours(100_000)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validDurations")
    void parsesTheJobLanguageNotation(String text, Duration expected) {
        assertThat(Durations.parse(text)).isEqualTo(expected);
        assertThat(Durations.isValid(text)).isTrue();
    }

    @Test
    void aDurationHasNoLengthLimit() {
        String text = "1s".repeat(200);

        assertThat(Durations.parse(text)).isEqualTo(Duration.ofSeconds(200));
    }

    @ParameterizedTest(name = "''{0}''")
    @NullSource
    @ValueSource(strings = {"5", "abc", "", "  ", "5x", "1h-3m", "h", "1.5", "5 s", "-", "+", "1h 30m", "ms5"})
    void rejectsAnythingElse(String text) {
        assertThatThrownBy(() -> Durations.parse(text)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Durations.isValid(text)).isFalse();
    }

    @Test
    void theErrorShowsWhatWasWrittenAndHowToWriteIt() {
        assertThatThrownBy(() -> Durations.parse("5x"))
                .hasMessageContaining("'5x'")
                .hasMessageContaining("1h30m");
    }

    @Test
    void rejectsADurationTooLongToRepresent() {
        assertThatThrownBy(() -> Durations.parse("9999999999999h")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("too long");
        assertThatThrownBy(() -> Durations.parse("2562047h2562047h")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("too long");
    }

    static Stream<Arguments> formatted() {
        return Stream.of(
                Arguments.of(Duration.ZERO, "0s"),
                Arguments.of(Duration.ofMillis(250), "250ms"),
                Arguments.of(Duration.ofMinutes(90), "1h30m"),
                Arguments.of(Duration.ofSeconds(5445), "1h30m45s"),
                Arguments.of(Duration.ofHours(49), "49h"),
                Arguments.of(Duration.ofSeconds(-90), "-1m30s"),
                Arguments.of(Duration.ofNanos(1500), "1500ns"),
                Arguments.of(Duration.ofSeconds(1).plusNanos(500), "1s500ns"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("formatted")
    void formatsInTheJobLanguageNotation(Duration duration, String text) {
        assertThat(Durations.format(duration)).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"300ms", "5s", "10m", "1h30m", "2.5h", "0", "1h30m45s", "1h1m1s1ms1us1ns", "-2h", "7ns"})
    void formatAndParseRoundTrip(String text) {
        Duration parsed = Durations.parse(text);

        assertThat(Durations.parse(Durations.format(parsed))).isEqualTo(parsed);
    }
}
