package io.tork.adapters.out.expression;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;

import org.junit.jupiter.api.Test;

class NumberTextTest {

    @Test
    void integersHaveNoDecimalPoint() {
        assertThat(NumberText.format(42)).isEqualTo("42");
        assertThat(NumberText.format(-7L)).isEqualTo("-7");
        assertThat(NumberText.format((byte) 3)).isEqualTo("3");
        assertThat(NumberText.format(new BigInteger("123456789012345678901234567890")))
                .isEqualTo("123456789012345678901234567890");
    }

    @Test
    void otherNumbersTakeTheirShortestForm() {
        assertThat(NumberText.format(2.5)).isEqualTo("2.5");
        assertThat(NumberText.format(2.0)).isEqualTo("2");
        assertThat(NumberText.format(-0.0)).isEqualTo("0");
        assertThat(NumberText.format(1.0 / 3)).isEqualTo("0.3333333333333333");
        assertThat(NumberText.format(0.1f)).isEqualTo("0.1");
        assertThat(NumberText.format(1_000_000.0)).isEqualTo("1000000");
        assertThat(NumberText.format(1e21)).isEqualTo("1e+21");
        assertThat(NumberText.format(1.5e-8)).isEqualTo("1.5e-8");
        assertThat(NumberText.format(0.000001)).isEqualTo("0.000001");
        assertThat(NumberText.format(new BigDecimal("2.500"))).isEqualTo("2.5");
        assertThat(NumberText.format(Double.NaN)).isEqualTo("NaN");
    }
}
