package io.tork.adapters.out.expression;

import java.util.Map;
import java.util.Set;

import org.apache.commons.jexl3.JexlContext;

/** The caller's variables as JEXL sees them: read-only, with the declared-keys rule for inputs and secrets. */
final class EvaluationContext implements JexlContext {
    private static final Set<String> DECLARED_KEY_MAPS = Set.of("inputs", "secrets");
    /** The reference's spelling of null, available unless the caller defines a variable of that name. */
    private static final String NIL = "nil";

    private final Map<String, Object> variables;

    EvaluationContext(Map<String, Object> variables) {
        this.variables = variables == null ? Map.of() : variables;
    }

    @Override
    public Object get(String name) {
        if (NIL.equals(name) && !variables.containsKey(NIL)) {
            return null;
        }
        Object value = variables.get(name);
        if (value instanceof Map<?, ?> map && DECLARED_KEY_MAPS.contains(name)) {
            return new DeclaredKeysMap(map);
        }
        return value;
    }

    @Override
    public boolean has(String name) {
        return variables.containsKey(name) || NIL.equals(name);
    }

    @Override
    public void set(String name, Object value) {
        // Assignments are rejected when parsing; reaching this would mean the sandbox has a hole.
        throw new EvaluationFailure("expressions cannot assign variables");
    }
}
