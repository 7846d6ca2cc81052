package io.tork.adapters.out.expression;

import java.util.Arrays;
import java.util.List;

import org.apache.commons.jexl3.JexlEngine;
import org.apache.commons.jexl3.introspection.JexlMethod;

/**
 * The object JEXL sees as the namespace of top-level functions ({@code sequence(1, 5)}). The sandbox's
 * introspection answers calls on it from the catalogue, so no Java method is ever looked up by reflection.
 */
final class FunctionNamespace {
    private final FunctionCatalog catalog;

    FunctionNamespace(FunctionCatalog catalog) {
        this.catalog = catalog;
    }

    /** The method JEXL should invoke for {@code name(...)}, or null when no such function exists. */
    JexlMethod method(String name) {
        return catalog.find(name).map(CatalogMethod::new).orElse(null);
    }

    private record CatalogMethod(CatalogFunction function) implements JexlMethod {
        @Override
        public Object invoke(Object target, Object... arguments) {
            List<Object> values = arguments == null ? List.of()
                    : Arrays.stream(arguments).map(Values::normalized).toList();
            return function.call(values);
        }

        @Override
        public Object tryInvoke(String name, Object target, Object... arguments) {
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

        @Override
        public Class<?> getReturnType() {
            return Object.class;
        }
    }
}
