package io.tork.plugins.functions;

import java.util.List;

/** Typed access to a function's arguments; a wrong kind is refused with "argument N must be …". */
final class Args {
    private Args() {
    }

    static String text(List<Object> args, int index) {
        Object value = args.get(index);
        if (value instanceof String text) {
            return text;
        }
        throw new IllegalArgumentException("argument " + (index + 1) + " must be text, got " + describe(value));
    }

    /** The optional text argument at {@code index}, or {@code fallback} when the call did not pass it. */
    static String optionalText(List<Object> args, int index, String fallback) {
        return args.size() > index ? text(args, index) : fallback;
    }

    static String describe(Object value) {
        if (value == null) return "null";
        if (value instanceof String text) return "'" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "'";
        if (value instanceof Number || value instanceof Boolean) return value.toString();
        if (value instanceof List<?>) return "a list";
        return "a map";
    }
}
