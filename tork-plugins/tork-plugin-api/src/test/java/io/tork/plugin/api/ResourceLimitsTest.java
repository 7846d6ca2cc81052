package io.tork.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResourceLimitsTest {

    @Test
    void blankValuesMeanNoLimit() {
        ResourceLimits limits = new ResourceLimits(" ", "");

        assertThat(limits).isEqualTo(ResourceLimits.NONE);
        assertThat(limits.isEmpty()).isTrue();
    }

    @Test
    void keepsGivenValuesTrimmed() {
        ResourceLimits limits = new ResourceLimits(" .5 ", "10m");

        assertThat(limits.cpus()).isEqualTo(".5");
        assertThat(limits.memory()).isEqualTo("10m");
        assertThat(limits.isEmpty()).isFalse();
    }
}
