package io.tork.adapters.out.expression;

import java.util.List;
import java.util.Map;

import org.apache.commons.jexl3.JexlEngine;
import org.apache.commons.jexl3.introspection.JexlPropertyGet;

/**
 * Reads {@code a.b}, {@code a['b']} and {@code a[0]} on data only: map entries and list elements. Nothing is
 * read from any other object, so {@code x.class} and getters of Java objects stay out of reach.
 */
final class DataPropertyGet implements JexlPropertyGet {
    private final Object key;

    private DataPropertyGet(Object key) {
        this.key = key;
    }

    /** The reader for {@code key} on {@code target}, or null when the key is undefined (an error in strict mode). */
    static JexlPropertyGet of(Object target, Object key) {
        if (target instanceof Map<?, ?> map) {
            Object present = presentKey(map, key);
            if (present == null && target instanceof DeclaredKeysMap) {
                return null;
            }
            return new DataPropertyGet(present);
        }
        if (Values.isListLike(target)) {
            return new DataPropertyGet(key);
        }
        return new DataPropertyGet(new Unreadable(key));
    }

    /** The key as the map holds it (the name, or the name as text), or null when the map lacks it. */
    private static Object presentKey(Map<?, ?> map, Object key) {
        if (key == null) {
            return null;
        }
        try {
            if (map.containsKey(key)) {
                return key;
            }
            String name = key.toString();
            return map.containsKey(name) ? name : null;
        } catch (RuntimeException unsupportedKeyType) {
            return null;
        }
    }

    @Override
    public Object invoke(Object target) {
        if (key instanceof Unreadable unreadable) {
            throw new EvaluationFailure("cannot read '" + unreadable.key() + "' of " + Values.describe(target));
        }
        if (target instanceof Map<?, ?> map) {
            return key == null ? null : map.get(key);
        }
        return element(Values.asList(target));
    }

    private Object element(List<Object> list) {
        if (!Values.isIntegral(key)) {
            throw new EvaluationFailure("a list index must be an integer, got " + Values.describe(key));
        }
        long index = ((Number) key).longValue();
        // Negative indexes count from the end, as in the reference's language.
        long position = index < 0 ? list.size() + index : index;
        if (position < 0 || position >= list.size()) {
            throw new EvaluationFailure("index " + index + " out of range (length " + list.size() + ")");
        }
        return list.get((int) position);
    }

    @Override
    public Object tryInvoke(Object target, Object key) {
        return JexlEngine.TRY_FAILED;
    }

    @Override
    public boolean tryFailed(Object returned) {
        return returned == JexlEngine.TRY_FAILED;
    }

    @Override
    public boolean isCacheable() {
        return false;
    }

    private record Unreadable(Object key) {
    }
}
