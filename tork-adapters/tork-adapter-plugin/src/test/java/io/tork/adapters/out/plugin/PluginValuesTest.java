package io.tork.adapters.out.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PluginValuesTest {

    @Test
    void argumentsBecomeThePlainValuesTheApiPromises() {
        List<Object> args = PluginValues.arguments(Arrays.asList(null, new StringBuilder("text"), (short) 3,
                BigInteger.TEN, BigInteger.TWO.pow(70), 1.5f, Set.of("x"), new int[] {1, 2}, Map.of(1, true)));

        assertThat(args).containsExactly(null, "text", 3, 10L, new BigDecimal(BigInteger.TWO.pow(70)), 1.5,
                List.of("x"), List.of(1, 2), Map.of("1", true));
        assertThatThrownBy(() -> args.add("more")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void resultsOfAnUnsupportedKindAreRefused() {
        assertThat(PluginValues.result(List.of(Map.of("a", 1L)))).isEqualTo(List.of(Map.of("a", 1L)));
        assertThatThrownBy(() -> PluginValues.result(List.of(new Object())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the result is a value of an unsupported kind");
    }
}
