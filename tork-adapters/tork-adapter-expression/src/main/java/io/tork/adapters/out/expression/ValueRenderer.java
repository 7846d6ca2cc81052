package io.tork.adapters.out.expression;

import java.util.Map;

/**
 * A value as template text (SPEC §4.1): strings as is, numbers via {@link NumberText}, booleans as
 * {@code true}/{@code false}, null as empty text, lists and maps as JSON.
 */
final class ValueRenderer {
    private ValueRenderer() {
    }

    static String render(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof CharSequence || value instanceof Character) {
            return value.toString();
        }
        if (value instanceof Number number) {
            return NumberText.format(number);
        }
        if (value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof Map<?, ?> || Values.isListLike(value)) {
            return JsonWriter.write(value);
        }
        return String.valueOf(value);
    }
}
