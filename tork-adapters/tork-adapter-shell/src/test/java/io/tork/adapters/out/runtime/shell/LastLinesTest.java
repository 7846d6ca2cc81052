package io.tork.adapters.out.runtime.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LastLinesTest {
    @Test
    void keepsTheLastLinesAcrossChunksIncludingAnUnterminatedOne() {
        LastLines lines = new LastLines(3);

        lines.append("one\ntw");
        lines.append("o\r\nthree\nfo");
        lines.append("ur");

        assertThat(lines.text()).isEqualTo("two\nthree\nfour");
    }

    @Test
    void isEmptyWithoutOutput() {
        assertThat(new LastLines(10).text()).isEmpty();
    }
}
