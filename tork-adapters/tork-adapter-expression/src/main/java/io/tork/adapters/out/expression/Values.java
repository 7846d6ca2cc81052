package io.tork.adapters.out.expression;

import java.lang.reflect.Array;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** Facts about expression values shared by the renderer, the functions and the sandbox. */
final class Values {
    private static final int QUOTED_TEXT_LIMIT = 40;

    private Values() {
    }

    static boolean isIntegral(Object value) {
        return value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof BigInteger || value instanceof AtomicInteger || value instanceof AtomicLong;
    }

    /** True for the values shown as JSON lists: lists, other collections, iterables and arrays. */
    static boolean isListLike(Object value) {
        return value instanceof Iterable<?> || (value != null && value.getClass().isArray());
    }

    /** A list-like value as a {@link List}; JEXL ranges, sets and Java arrays become plain lists. */
    static List<Object> asList(Object value) {
        if (value instanceof List<?> list) {
            @SuppressWarnings("unchecked")
            List<Object> objects = (List<Object>) list;
            return objects;
        }
        List<Object> copy = new ArrayList<>(value instanceof Collection<?> c ? c.size() : 8);
        if (value instanceof Iterable<?> iterable) {
            iterable.forEach(copy::add);
        } else {
            int length = Array.getLength(value);
            for (int i = 0; i < length; i++) {
                copy.add(Array.get(value, i));
            }
        }
        return copy;
    }

    /** The value callers receive from an evaluation: list-like values as lists, the rest unchanged. */
    static Object normalized(Object value) {
        return value instanceof List<?> || !isListLike(value) ? value : asList(value);
    }

    /** A short description of a value for error messages, without Java type names. */
    static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof CharSequence text) {
            String shown = text.length() > QUOTED_TEXT_LIMIT
                    ? text.subSequence(0, QUOTED_TEXT_LIMIT) + "…" : text.toString();
            return "'" + shown + "'";
        }
        if (value instanceof Number number) {
            return NumberText.format(number);
        }
        if (value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof Map<?, ?>) {
            return "a map";
        }
        if (isListLike(value)) {
            return "a list";
        }
        return "a value of an unsupported kind";
    }

    /** Equality as users expect it in expressions: numbers compare by value whatever their Java type. */
    static boolean sameValue(Object left, Object right) {
        if (left instanceof Number a && right instanceof Number b) {
            if (isIntegral(a) && isIntegral(b)) {
                return new BigInteger(a.toString()).equals(new BigInteger(b.toString()));
            }
            return a.doubleValue() == b.doubleValue();
        }
        return java.util.Objects.equals(left, right);
    }
}
