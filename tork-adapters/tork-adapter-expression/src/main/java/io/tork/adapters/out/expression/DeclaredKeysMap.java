package io.tork.adapters.out.expression;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.Map;
import java.util.Set;

/**
 * A read-only view of a context map whose keys the job declares up front ({@code inputs}, {@code secrets}).
 * Reading a key it lacks is an "unknown name" error (SPEC §4.1) instead of a silent empty value; {@code ??}
 * still supplies a default.
 */
final class DeclaredKeysMap extends AbstractMap<Object, Object> {
    private final Map<?, ?> entries;

    DeclaredKeysMap(Map<?, ?> entries) {
        this.entries = entries;
    }

    /** The map this view shows, as the caller gave it. */
    Map<?, ?> entries() {
        return entries;
    }

    @Override
    public Object get(Object key) {
        return entries.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return entries.containsKey(key);
    }

    @Override
    public int size() {
        return entries.size();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Set<Entry<Object, Object>> entrySet() {
        return (Set<Entry<Object, Object>>) (Set<?>) Collections.unmodifiableMap(entries).entrySet();
    }
}
