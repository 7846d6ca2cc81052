package io.tork.adapters.out.runtime.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class Utf8Test {
    private static final byte[] TEXT = "aé€😀".getBytes(StandardCharsets.UTF_8); // 1 + 2 + 3 + 4 bytes

    @Test
    void keepsCompleteText() {
        assertThat(Utf8.completeLength(TEXT)).isEqualTo(10);
        assertThat(Utf8.completeLength(new byte[0])).isZero();
    }

    @Test
    void dropsATrailingIncompleteCharacter() {
        assertThat(Utf8.completeLength(Arrays.copyOf(TEXT, 9))).isEqualTo(6);
        assertThat(Utf8.completeLength(Arrays.copyOf(TEXT, 7))).isEqualTo(6);
        assertThat(Utf8.completeLength(Arrays.copyOf(TEXT, 5))).isEqualTo(3);
        assertThat(Utf8.completeLength(Arrays.copyOf(TEXT, 2))).isEqualTo(1);
    }
}
