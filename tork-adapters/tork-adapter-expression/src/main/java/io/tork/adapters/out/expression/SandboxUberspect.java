package io.tork.adapters.out.expression;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.commons.jexl3.JexlArithmetic;
import org.apache.commons.jexl3.JexlOperator;
import org.apache.commons.jexl3.introspection.JexlMethod;
import org.apache.commons.jexl3.introspection.JexlPropertyGet;
import org.apache.commons.jexl3.introspection.JexlPropertySet;
import org.apache.commons.jexl3.introspection.JexlUberspect;

/**
 * JEXL's window on Java, narrowed to what the job language needs: catalogue functions, map entries and list
 * elements. No constructor, no class by name, no method of any Java object, no property write. Arithmetic and
 * operator resolution are delegated to JEXL's own introspection (under {@code RESTRICTED} permissions), which
 * only ever looks at our arithmetic class.
 */
final class SandboxUberspect implements JexlUberspect {
    private final JexlUberspect operators;

    SandboxUberspect(JexlUberspect operators) {
        this.operators = operators;
    }

    @Override
    public JexlMethod getMethod(Object target, String name, Object... arguments) {
        return target instanceof FunctionNamespace functions ? functions.method(name) : null;
    }

    @Override
    public JexlPropertyGet getPropertyGet(Object target, Object key) {
        return DataPropertyGet.of(target, key);
    }

    @Override
    public JexlPropertyGet getPropertyGet(List<PropertyResolver> resolvers, Object target, Object key) {
        return DataPropertyGet.of(target, key);
    }

    @Override
    public JexlPropertySet getPropertySet(Object target, Object key, Object value) {
        return null;
    }

    @Override
    public JexlPropertySet getPropertySet(List<PropertyResolver> resolvers, Object target, Object key, Object value) {
        return null;
    }

    @Override
    public JexlMethod getConstructor(Object type, Object... arguments) {
        return null;
    }

    @Override
    public Class<?> getClassByName(String name) {
        return null;
    }

    @Override
    public Iterator<?> getIterator(Object target) {
        if (target instanceof Map<?, ?> map) {
            return map.values().iterator();
        }
        return Values.isListLike(target) ? Values.asList(target).iterator() : null;
    }

    @Override
    public JexlArithmetic.Uberspect getArithmetic(JexlArithmetic arithmetic) {
        return operators.getArithmetic(arithmetic);
    }

    @Override
    public JexlOperator.Uberspect getOperator(JexlArithmetic arithmetic) {
        return operators.getOperator(arithmetic);
    }

    @Override
    public List<PropertyResolver> getResolvers(JexlOperator operator, Object target) {
        return operators.getResolvers(operator, target);
    }

    @Override
    public ClassLoader getClassLoader() {
        return operators.getClassLoader();
    }

    @Override
    public void setClassLoader(ClassLoader loader) {
        // The sandbox loads no classes, so there is nothing to re-target.
    }

    @Override
    public int getVersion() {
        return operators.getVersion();
    }
}
