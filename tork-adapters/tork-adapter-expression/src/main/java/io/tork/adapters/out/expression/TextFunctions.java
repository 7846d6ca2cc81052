package io.tork.adapters.out.expression;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Functions over strings. */
final class TextFunctions {
    private TextFunctions() {
    }

    static void registerInto(FunctionCatalog catalog) {
        catalog.register("split", 2, a -> split(Arguments.text(a, 0), Arguments.text(a, 1)));
        catalog.register("join", 1, 2, TextFunctions::join);
        catalog.register("upper", 1, a -> Arguments.text(a, 0).toUpperCase(Locale.ROOT));
        catalog.register("lower", 1, a -> Arguments.text(a, 0).toLowerCase(Locale.ROOT));
        catalog.register("trim", 1, 2, TextFunctions::trim);
        catalog.register("replace", 3, a -> Arguments.text(a, 0).replace(Arguments.text(a, 1), Arguments.text(a, 2)));
        catalog.register("startsWith", 2, a -> Arguments.text(a, 0).startsWith(Arguments.text(a, 1)));
        catalog.register("endsWith", 2, a -> Arguments.text(a, 0).endsWith(Arguments.text(a, 1)));
        catalog.register("toBase64", 1, a -> Base64.getEncoder()
                .encodeToString(Arguments.text(a, 0).getBytes(StandardCharsets.UTF_8)));
        catalog.register("fromBase64", 1, a -> fromBase64(Arguments.text(a, 0)));
    }

    /** Splits around every occurrence of the separator, keeping empty parts; an empty separator splits characters. */
    static List<String> split(String text, String separator) {
        List<String> parts = new ArrayList<>();
        if (separator.isEmpty()) {
            text.codePoints().forEach(cp -> parts.add(new String(Character.toChars(cp))));
            return parts;
        }
        int start = 0;
        int found;
        while ((found = text.indexOf(separator, start)) >= 0) {
            parts.add(text.substring(start, found));
            start = found + separator.length();
        }
        parts.add(text.substring(start));
        return parts;
    }

    private static String join(List<Object> arguments) {
        String separator = arguments.size() > 1 ? Arguments.text(arguments, 1) : "";
        return Arguments.list(arguments, 0).stream().map(ValueRenderer::render)
                .collect(Collectors.joining(separator));
    }

    private static String trim(List<Object> arguments) {
        String text = Arguments.text(arguments, 0);
        if (arguments.size() == 1) {
            return text.strip();
        }
        String cutset = Arguments.text(arguments, 1);
        int start = 0;
        int end = text.length();
        while (start < end && cutset.indexOf(text.codePointAt(start)) >= 0) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (end > start && cutset.indexOf(text.codePointBefore(end)) >= 0) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return text.substring(start, end);
    }

    private static String fromBase64(String encoded) {
        try {
            return new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new FunctionArgumentException("expected base64 text, got " + Values.describe(encoded));
        }
    }
}
