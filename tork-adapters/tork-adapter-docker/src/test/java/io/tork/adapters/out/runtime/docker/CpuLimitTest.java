package io.tork.adapters.out.runtime.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CpuLimitTest {

    @ParameterizedTest
    @CsvSource({
            "1, 1000000000",
            ".5, 500000000",
            "0.25, 250000000",
            "2.5, 2500000000",
            "' 4 ', 4000000000",
            "0.000000001, 1",
    })
    void convertsCpusToNanoCpus(String cpus, long nanos) {
        assertThat(CpuLimit.parseNanoCpus(cpus)).isEqualTo(nanos);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "half", "1 cpu", "0", "-1", "0.0000000001"})
    void refusesWhatIsNotAPositiveNumberOfCpus(String cpus) {
        assertThatThrownBy(() -> CpuLimit.parseNanoCpus(cpus)).isInstanceOf(IllegalArgumentException.class);
    }
}
