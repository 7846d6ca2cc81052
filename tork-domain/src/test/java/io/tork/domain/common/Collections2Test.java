package io.tork.domain.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class Collections2Test {
    @Test
    void absentStaysAbsentAndPresentIsCopied() {
        assertThat(Collections2.listOrNull(null)).isNull();
        assertThat(Collections2.mapOrNull(null)).isNull();
        assertThat(Collections2.listOrNull(List.of("a"))).containsExactly("a");
    }

    @Test
    void orEmptyReplacesAbsentWithEmpty() {
        assertThat(Collections2.orEmpty((List<String>) null)).isEmpty();
        assertThat(Collections2.orEmpty((Map<String, String>) null)).isEmpty();
    }

    @Test
    void mapCopiesKeepInsertionOrder() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("z", "1");
        map.put("a", "2");
        map.put("m", "3");

        assertThat(Collections2.mapOrNull(map).keySet()).containsExactly("z", "a", "m");
    }
}
