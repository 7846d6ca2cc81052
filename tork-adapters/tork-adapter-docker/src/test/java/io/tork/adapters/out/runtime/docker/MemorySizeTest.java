package io.tork.adapters.out.runtime.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MemorySizeTest {

    @ParameterizedTest
    @CsvSource({
            "100, 100",
            "100b, 100",
            "512k, 524288",
            "500KB, 512000",
            "10m, 10485760",
            "1MB, 1048576",
            "1MiB, 1048576",
            "1 mb, 1048576",
            "1g, 1073741824",
            "2GB, 2147483648",
            "1.5k, 1536",
            "1t, 1099511627776",
            "' 64m ', 67108864",
    })
    void readsDockerMemoryUnitsAsBinary(String text, long bytes) {
        assertThat(MemorySize.parseBytes(text)).isEqualTo(bytes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "m", "10x", "-1m", "ten", "10 m b", "1.2.3m", "10mm"})
    void refusesWhatIsNotAMemorySize(String text) {
        assertThatThrownBy(() -> MemorySize.parseBytes(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"99999999999p", "9223372036854775808"})
    void refusesSizesThatDoNotFitALong(String text) {
        assertThatThrownBy(() -> MemorySize.parseBytes(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("too large");
    }
}
