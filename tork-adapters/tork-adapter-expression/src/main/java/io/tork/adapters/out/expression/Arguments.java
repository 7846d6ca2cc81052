package io.tork.adapters.out.expression;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/** Typed access to a function's arguments; a wrong type is reported as "expected …, got …". */
final class Arguments {
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private Arguments() {
    }

    static String text(List<Object> arguments, int index) {
        Object value = arguments.get(index);
        if (value instanceof CharSequence text) {
            return text.toString();
        }
        throw expected("a string", value);
    }

    static long integer(List<Object> arguments, int index) {
        Object value = arguments.get(index);
        if (value instanceof BigInteger big && big.compareTo(LONG_MIN) >= 0 && big.compareTo(LONG_MAX) <= 0) {
            return big.longValue();
        }
        if (Values.isIntegral(value) && !(value instanceof BigInteger)) {
            return ((Number) value).longValue();
        }
        throw expected("an integer", value);
    }

    static List<Object> list(List<Object> arguments, int index) {
        Object value = arguments.get(index);
        if (Values.isListLike(value)) {
            return Values.asList(value);
        }
        throw expected("a list", value);
    }

    static Map<?, ?> map(List<Object> arguments, int index) {
        Object value = arguments.get(index);
        if (value instanceof Map<?, ?> map) {
            return map;
        }
        throw expected("a map", value);
    }

    static FunctionArgumentException expected(String what, Object actual) {
        return new FunctionArgumentException("expected " + what + ", got " + Values.describe(actual));
    }
}
