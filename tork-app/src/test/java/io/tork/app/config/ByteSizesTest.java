package io.tork.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ByteSizesTest {

    @ParameterizedTest
    @CsvSource({"2048, 2048", "500K, 512000", "500k, 512000", "10M, 10485760", "10MB, 10485760", "1G, 1073741824",
            "1T, 1099511627776", "64B, 64", " 3 K , 3072"})
    void readsSizesInPowersOf1024(String text, long bytes) {
        assertThat(ByteSizes.parse(text)).isEqualTo(bytes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "K", "1.5M", "-1K", "10X", "99999999999T"})
    void rejectsWhatIsNotASize(String text) {
        assertThatThrownBy(() -> ByteSizes.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
