package io.tork.adapters.out.expression;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Functions over lists, maps and the size of strings. */
final class CollectionFunctions {
    private CollectionFunctions() {
    }

    static void registerInto(FunctionCatalog catalog) {
        catalog.register("len", 1, CollectionFunctions::length);
        catalog.register("contains", 2, CollectionFunctions::contains);
        catalog.register("keys", 1, a -> new ArrayList<Object>(Arguments.map(a, 0).keySet()));
        catalog.register("values", 1, a -> new ArrayList<Object>(Arguments.map(a, 0).values()));
        catalog.register("first", 1, a -> {
            List<Object> list = Arguments.list(a, 0);
            return list.isEmpty() ? null : list.getFirst();
        });
        catalog.register("last", 1, a -> {
            List<Object> list = Arguments.list(a, 0);
            return list.isEmpty() ? null : list.getLast();
        });
    }

    private static long length(List<Object> arguments) {
        Object value = arguments.get(0);
        if (value instanceof CharSequence text) {
            return text.toString().codePointCount(0, text.length());
        }
        if (value instanceof Map<?, ?> map) {
            return map.size();
        }
        if (Values.isListLike(value)) {
            return Values.asList(value).size();
        }
        throw Arguments.expected("a string, a list or a map", value);
    }

    private static boolean contains(List<Object> arguments) {
        Object container = arguments.get(0);
        if (container instanceof CharSequence) {
            return Arguments.text(arguments, 0).contains(Arguments.text(arguments, 1));
        }
        if (Values.isListLike(container)) {
            Object wanted = arguments.get(1);
            return Values.asList(container).stream().anyMatch(element -> Values.sameValue(element, wanted));
        }
        throw Arguments.expected("a string or a list", container);
    }
}
