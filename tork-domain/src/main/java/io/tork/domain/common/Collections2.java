package io.tork.domain.common;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Null-tolerant immutable copies, so records can accept absent collections from decoded documents. */
public final class Collections2 {
    private Collections2() {
    }

    /** Keeps null elements, so the validator can report them ({@code tasks[1]: must be a task}). */
    public static <T> List<T> listOrNull(List<T> list) {
        return list == null ? null : Collections.unmodifiableList(new java.util.ArrayList<>(list));
    }

    /** Keeps insertion order (users expect env and inputs to read back in the order they wrote them). */
    public static <K, V> Map<K, V> mapOrNull(Map<K, V> map) {
        return map == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    public static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    public static <K, V> Map<K, V> orEmpty(Map<K, V> map) {
        return map == null ? Map.of() : map;
    }
}
