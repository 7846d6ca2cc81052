package io.tork.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RunOutcomeTest {

    @Test
    void aMissingResultIsTheEmptyString() {
        assertThat(new RunOutcome(null).result()).isEmpty();
        assertThat(RunOutcome.empty().result()).isEmpty();
        assertThat(new RunOutcome("hello world").result()).isEqualTo("hello world");
    }
}
