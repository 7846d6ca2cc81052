package io.tork.adapters.out.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonTest {

    @Test
    void readsEveryKindOfValue() {
        Object value = JsonReader.read(" {\"s\": \"a\\\"b\\u00e9\\n\", \"i\": -12, \"f\": 2.5e1, \"t\": true, "
                + "\"n\": null, \"l\": [1, [], {}], \"big\": 123456789012345678901234} ");

        assertThat(value).isInstanceOf(Map.class);
        Map<?, ?> map = (Map<?, ?>) value;
        assertThat(List.copyOf(map.keySet())).isEqualTo(List.of("s", "i", "f", "t", "n", "l", "big"));
        assertThat(map.get("s")).isEqualTo("a\"bé\n");
        assertThat(map.get("i")).isEqualTo(-12L);
        assertThat(map.get("f")).isEqualTo(25.0);
        assertThat(map.get("t")).isEqualTo(true);
        assertThat(map.get("n")).isNull();
        assertThat(map.get("l")).isEqualTo(List.of(1L, List.of(), Map.of()));
        assertThat(map.get("big")).isEqualTo(1.2345678901234568E23);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"", "{", "[1,", "[1 2]", "{\"a\" 1}", "{a: 1}", "'x'", "tru", "-", "1.", "1e", "\"\\x\"",
            "\"\\u12\"", "\"open", "01x", "[1]]", "\"tab\there\""})
    void rejectsInvalidJson(String text) {
        assertThatThrownBy(() -> JsonReader.read(text))
                .isInstanceOf(FunctionArgumentException.class)
                .hasMessageStartingWith("invalid JSON at position ");
    }

    @Test
    void rejectsNestingDeeperThanItsLimit() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);

        assertThatThrownBy(() -> JsonReader.read(deep)).hasMessageContaining("nested too deeply");
    }

    @Test
    void writesCompactJson() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("s", "q\"\\\n\t\u0001");
        map.put("n", null);
        map.put("l", Arrays.asList(1, 2.5, 2.0, true, new String[] {"x"}));
        map.put("nan", Double.NaN);

        assertThat(JsonWriter.write(map))
                .isEqualTo("{\"s\":\"q\\\"\\\\\\n\\t\\u0001\",\"n\":null,\"l\":[1,2.5,2,true,[\"x\"]],\"nan\":null}");
    }

    @Test
    void writingThenReadingGivesTheSameValue() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("text", "ünïcødé ✓ \"quoted\"");
        map.put("list", List.of(1L, 2.5, false));
        map.put("nested", Map.of("k", List.of()));

        assertThat(JsonReader.read(JsonWriter.write(map))).isEqualTo(map);
    }

    @Test
    void refusesToWriteASelfContainingList() {
        List<Object> loop = new ArrayList<>();
        loop.add(loop);

        assertThatThrownBy(() -> JsonWriter.write(loop)).hasMessageContaining("nested too deeply");
    }
}
