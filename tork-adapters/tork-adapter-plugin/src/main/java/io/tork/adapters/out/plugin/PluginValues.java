package io.tork.adapters.out.plugin;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Converts values between the expression engine and plugin functions. Plugins see only the plain values the API
 * lists ({@code null}, String, Boolean, Integer, Long, Double, BigDecimal, List, Map with String keys), never an
 * engine type, and may return only such values.
 */
final class PluginValues {
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private PluginValues() {
    }

    /** The arguments as the API promises them: immutable, of the listed kinds. */
    static List<Object> arguments(List<Object> arguments) {
        List<Object> values = new ArrayList<>(arguments.size());
        for (Object argument : arguments) {
            values.add(toPlain(argument, "an argument"));
        }
        return Collections.unmodifiableList(values);
    }

    /** A function's result, checked to be of the listed kinds (nested values included). */
    static Object result(Object value) {
        return toPlain(value, "the result");
    }

    private static Object toPlain(Object value, String what) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Integer
                || value instanceof Long || value instanceof Double || value instanceof BigDecimal) {
            return value;
        }
        if (value instanceof CharSequence text) {
            return text.toString();
        }
        if (value instanceof Short || value instanceof Byte || value instanceof AtomicInteger) {
            return ((Number) value).intValue();
        }
        if (value instanceof AtomicLong atomic) {
            return atomic.get();
        }
        if (value instanceof BigInteger big) {
            return big.compareTo(LONG_MIN) >= 0 && big.compareTo(LONG_MAX) <= 0 ? (Object) big.longValue()
                    : new BigDecimal(big);
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, entry) -> copy.put(String.valueOf(key), toPlain(entry, what)));
            return Collections.unmodifiableMap(copy);
        }
        if (value instanceof Iterable<?> iterable) {
            List<Object> copy = new ArrayList<>();
            iterable.forEach(item -> copy.add(toPlain(item, what)));
            return Collections.unmodifiableList(copy);
        }
        if (value.getClass().isArray()) {
            List<Object> copy = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                copy.add(toPlain(Array.get(value, i), what));
            }
            return Collections.unmodifiableList(copy);
        }
        throw new IllegalArgumentException(what + " is a value of an unsupported kind");
    }
}
