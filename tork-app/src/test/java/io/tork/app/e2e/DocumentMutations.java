package io.tork.app.e2e;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Damages a valid document line by line, the way hand-edited job files go wrong: lines deleted, duplicated,
 * swapped or re-indented, unknown keys inserted, scalars replaced by values of another kind, stray characters,
 * a cut-off end. Replacement values are as harmless as {@link FuzzValues}' when they land in a script.
 */
final class DocumentMutations {
    private static final Pattern KEY_VALUE = Pattern.compile("^(\\s*(?:- )?\"?[^:#\"]+\"?:)\\s*(\\S.*)$");
    private static final List<String> YAML_SCALARS = List.of("[a]", "{}", "42", "-1", "\"{{ ) }}\"", "~", "true",
            "''", "1.5", "x-q", "\"{{ 1/0 }}\"", "5", "soon", "[1, [2]]", "{a: {b: c}}", "'unterminated", "\"", ":",
            "- x", "&a x", "*nope", "!!binary x", "? x", "\"{{ sequence(1, 3) }}\"", "\"{{ nosuch }}\"", "10ms",
            "\"\\u0000\"", "0x1F", ".inf", "2026-11-27", "null", "\"{{ [ }}\"", "99999999999999999999");
    private static final List<String> JSON_SCALARS = List.of("\"x\"", "5", "[1]", "{}", "null", "\"{{ ) }}\"",
            "true", "-1", "1e400", "\"\\u0000\"", "\"{{ 1/0 }}\"", "[", "}", "\"unterminated", "{\"a\": {}}", "\"\"",
            "\"{{ sequence(1, 3) }}\"", "99999999999999999999");
    private static final String STRAY = "{}[]:,'\"#&*!%@?-\t ";

    private final FuzzValues v;

    DocumentMutations(FuzzValues values) {
        this.v = values;
    }

    String mutate(String document, boolean json) {
        List<String> lines = new ArrayList<>(Arrays.asList(document.split("\n", -1)));
        int mutations = v.between(1, 3);
        for (int i = 0; i < mutations && !lines.isEmpty(); i++) {
            int at = v.between(0, lines.size() - 1);
            switch (v.between(0, 7)) {
                case 0 -> lines.remove(at);
                case 1 -> lines.add(at, lines.get(at));
                case 2 -> swap(lines, at, v.between(0, lines.size() - 1));
                case 3 -> lines.set(at, reindent(lines.get(at)));
                case 4 -> lines.add(at, indentOf(lines.get(at)) + junkKey(json));
                case 5 -> lines.set(at, replaceScalar(lines.get(at), json));
                case 6 -> lines.set(at, insertStray(lines.get(at)));
                default -> truncate(lines, at);
            }
        }
        return String.join("\n", lines);
    }

    private static void swap(List<String> lines, int a, int b) {
        String first = lines.get(a);
        lines.set(a, lines.get(b));
        lines.set(b, first);
    }

    private String reindent(String line) {
        String stripped = line.stripLeading();
        int indent = line.length() - stripped.length() + v.between(-4, 4);
        return " ".repeat(Math.max(0, indent)) + stripped;
    }

    private String junkKey(boolean json) {
        String key = v.junkKey().replace("\"", "");
        return json ? "\"" + key + "\": " + v.pick(JSON_SCALARS) + "," : key + ": " + v.pick(YAML_SCALARS);
    }

    private String replaceScalar(String line, boolean json) {
        Matcher m = KEY_VALUE.matcher(line);
        if (!m.matches()) return line;
        String value = v.pick(json ? JSON_SCALARS : YAML_SCALARS);
        String separator = json && m.group(2).endsWith(",") ? "," : "";
        return m.group(1) + " " + value + separator;
    }

    private String insertStray(String line) {
        int at = line.isEmpty() ? 0 : v.between(0, line.length());
        return line.substring(0, at) + STRAY.charAt(v.between(0, STRAY.length() - 1)) + line.substring(at);
    }

    private void truncate(List<String> lines, int at) {
        String cut = lines.get(at).substring(0, v.between(0, lines.get(at).length()));
        lines.subList(at, lines.size()).clear();
        lines.add(cut);
    }

    private static String indentOf(String line) {
        return line.substring(0, line.length() - line.stripLeading().length()).replace("-", " ");
    }
}
